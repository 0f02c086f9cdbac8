using System.Globalization;

namespace Ips.TestSupport;

/// <summary>
/// Sets <see cref="CultureInfo.CurrentCulture"/> and <see cref="CultureInfo.CurrentUICulture"/> until disposed,
/// then restores the previous values: <c>using var _ = new CultureScope("tr-TR");</c>.
/// </summary>
/// <remarks>
/// The current culture flows with the async context, so use the scope inside the test method itself,
/// and dispose it on the same async flow that created it.
/// </remarks>
public sealed class CultureScope : IDisposable
{
    private readonly CultureInfo previousCulture;
    private readonly CultureInfo previousUICulture;
    private bool disposed;

    /// <summary>Switches to the named culture (see <see cref="Cultures.Get"/>; <c>"invariant"</c> is allowed).</summary>
    public CultureScope(string name)
        : this(Cultures.Get(name))
    {
    }

    /// <summary>Switches to <paramref name="culture"/> for both the culture and the UI culture.</summary>
    public CultureScope(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        previousCulture = CultureInfo.CurrentCulture;
        previousUICulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>Restores the culture and UI culture that were current when the scope was created.</summary>
    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        CultureInfo.CurrentCulture = previousCulture;
        CultureInfo.CurrentUICulture = previousUICulture;
    }
}

using System.Buffers;
using System.Text.Json;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Facts;

namespace Ips.Core.Fidelity.Formats.Json;

// Facts from UTF-8 bytes and streams (an HTTP request body, a file, a pipe), bounded while reading.
public static partial class FidelityJson
{
    /// <summary>The first buffer for a stream of unknown length; it grows (pooled) up to the size bound.</summary>
    private const int FirstStreamBuffer = 16 * 1024;

    /// <summary>Reads review facts from UTF-8 JSON without throwing for bad input: the facts, or a coded error with its JSON path.</summary>
    /// <param name="utf8Json">The JSON as UTF-8 bytes (a leading byte-order mark is not allowed).</param>
    /// <param name="scale">The definition whose ids to reuse (nothing is checked against it); null for the embedded IPS-25.</param>
    /// <param name="limits">Bounds checked while reading (null for <see cref="FidelityJsonLimits.Default"/>); bytes over one give <see cref="JsonReadErrorCodes.Limit"/>.</param>
    /// <returns>The result, as <see cref="TryReadFacts(string, ScaleDefinition?, FidelityJsonLimits?)"/> gives it for the same text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound of <paramref name="limits"/> is not positive.</exception>
    /// <example>
    /// <code>
    /// var read = FidelityJson.TryReadFacts(File.ReadAllBytes("review.json"));
    /// </code>
    /// </example>
    public static JsonReadResult<ReviewFacts> TryReadFacts(ReadOnlySpan<byte> utf8Json, ScaleDefinition? scale = null, FidelityJsonLimits? limits = null)
    {
        try
        {
            return JsonReadResult<ReviewFacts>.Of(ReadFacts(utf8Json, scale ?? ScaleDefinition.Ips25, limits));
        }
        catch (JsonException exception)
        {
            return JsonReadResult<ReviewFacts>.Failed(ReadError(utf8Json, exception));
        }
    }

    /// <summary>Reads review facts from a stream of UTF-8 JSON, reading no more than the size bound allows.</summary>
    /// <param name="utf8Json">The stream, read from its current position to its end (it is not closed).</param>
    /// <param name="scale">The definition whose ids to reuse (nothing is checked against it).</param>
    /// <param name="limits">Bounds checked while reading (null for <see cref="FidelityJsonLimits.Default"/>).</param>
    /// <returns>The facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="scale"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound of <paramref name="limits"/> is not positive.</exception>
    /// <exception cref="JsonException">
    /// The JSON is not a facts document of schema version 1, or is over a bound; <see cref="JsonException.Path"/> says
    /// where. A stream longer than <see cref="FidelityJsonLimits.MaxDocumentBytes"/> is refused after reading one byte
    /// more than the bound (a seekable one before reading at all).
    /// </exception>
    /// <exception cref="IOException">Reading the stream failed (passed on as it is).</exception>
    /// <remarks>
    /// Synchronous reads: for an ASP.NET Core request body, which allows only asynchronous reads, use
    /// <see cref="ReadFactsAsync"/>. For a <c>System.IO.Pipelines.PipeReader</c>, pass <c>reader.AsStream()</c>.
    /// </remarks>
    public static ReviewFacts ReadFacts(Stream utf8Json, ScaleDefinition scale, FidelityJsonLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(scale);
        limits = Checked(limits);
        var (buffer, length) = Buffer(utf8Json, limits);
        try
        {
            return ReadFacts(buffer.AsSpan(0, length), scale, limits);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads review facts from a stream of UTF-8 JSON asynchronously, reading no more than the size bound allows.</summary>
    /// <param name="utf8Json">The stream, read from its current position to its end (it is not closed): a request body, a file, or <c>PipeReader.AsStream()</c>.</param>
    /// <param name="scale">The definition whose ids to reuse (nothing is checked against it).</param>
    /// <param name="limits">Bounds checked while reading (null for <see cref="FidelityJsonLimits.Default"/>).</param>
    /// <param name="cancellationToken">Cancels the reading of the stream.</param>
    /// <returns>The facts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="scale"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound of <paramref name="limits"/> is not positive.</exception>
    /// <exception cref="JsonException">As <see cref="ReadFacts(Stream, ScaleDefinition, FidelityJsonLimits)"/>.</exception>
    /// <exception cref="IOException">Reading the stream failed (passed on as it is).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <example>
    /// <code>
    /// await using var file = File.OpenRead("review.json");
    /// ReviewFacts facts = await FidelityJson.ReadFactsAsync(file, Ips25Scale.Definition);
    /// </code>
    /// </example>
    public static async ValueTask<ReviewFacts> ReadFactsAsync(Stream utf8Json, ScaleDefinition scale, FidelityJsonLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(scale);
        limits = Checked(limits);
        var (buffer, length) = await BufferAsync(utf8Json, limits, cancellationToken).ConfigureAwait(false);
        try
        {
            return ReadFacts(buffer.AsSpan(0, length), scale, limits);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads review facts from a stream of UTF-8 JSON without throwing for bad input: the facts, or a coded error with its JSON path.</summary>
    /// <param name="utf8Json">The stream, read from its current position to its end (it is not closed).</param>
    /// <param name="scale">The definition whose ids to reuse (nothing is checked against it); null for the embedded IPS-25.</param>
    /// <param name="limits">Bounds checked while reading (null for <see cref="FidelityJsonLimits.Default"/>); a stream over one gives <see cref="JsonReadErrorCodes.Limit"/>.</param>
    /// <returns>The result: the facts, or the error (<see cref="JsonReadErrorCodes"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound of <paramref name="limits"/> is not positive.</exception>
    /// <exception cref="IOException">Reading the stream failed (passed on as it is).</exception>
    /// <remarks>Synchronous reads; see <see cref="ReadFacts(Stream, ScaleDefinition, FidelityJsonLimits)"/>.</remarks>
    public static JsonReadResult<ReviewFacts> TryReadFacts(Stream utf8Json, ScaleDefinition? scale = null, FidelityJsonLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        limits = Checked(limits);
        byte[] buffer;
        int length;
        try
        {
            (buffer, length) = Buffer(utf8Json, limits);
        }
        catch (JsonLimitException exception)
        {
            return JsonReadResult<ReviewFacts>.Failed(ReadError(ReadOnlySpan<byte>.Empty, exception));
        }

        try
        {
            return TryReadFacts(buffer.AsSpan(0, length), scale, limits);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads review facts from a stream of UTF-8 JSON asynchronously, without throwing for bad input.</summary>
    /// <param name="utf8Json">The stream, read from its current position to its end (it is not closed): a request body, a file, or <c>PipeReader.AsStream()</c>.</param>
    /// <param name="scale">The definition whose ids to reuse (nothing is checked against it); null for the embedded IPS-25.</param>
    /// <param name="limits">Bounds checked while reading (null for <see cref="FidelityJsonLimits.Default"/>); a stream over one gives <see cref="JsonReadErrorCodes.Limit"/>.</param>
    /// <param name="cancellationToken">Cancels the reading of the stream.</param>
    /// <returns>The result: the facts, or the error (<see cref="JsonReadErrorCodes"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A bound of <paramref name="limits"/> is not positive.</exception>
    /// <exception cref="IOException">Reading the stream failed (passed on as it is, e.g. a server's own body-size limit).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <example>
    /// <code>
    /// // In an ASP.NET Core endpoint (see Ips.Core.Fidelity.AspNetCore for the problem details):
    /// var read = await FidelityJson.TryReadFactsAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
    /// </code>
    /// </example>
    public static async ValueTask<JsonReadResult<ReviewFacts>> TryReadFactsAsync(Stream utf8Json, ScaleDefinition? scale = null, FidelityJsonLimits? limits = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        limits = Checked(limits);
        byte[] buffer;
        int length;
        try
        {
            (buffer, length) = await BufferAsync(utf8Json, limits, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonLimitException exception)
        {
            return JsonReadResult<ReviewFacts>.Failed(ReadError(ReadOnlySpan<byte>.Empty, exception));
        }

        try
        {
            return TryReadFacts(buffer.AsSpan(0, length), scale, limits);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The stream's bytes in a pooled buffer (the caller returns it); throws <see cref="JsonLimitException"/> past the size bound.</summary>
    private static (byte[] Buffer, int Length) Buffer(Stream stream, FidelityJsonLimits limits)
    {
        var buffer = Rent(stream, limits);
        var length = 0;
        try
        {
            while (true)
            {
                buffer = Room(buffer, length, limits);
                var read = stream.Read(buffer, length, buffer.Length - length);
                if (read == 0)
                {
                    return (buffer, length);
                }

                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static async ValueTask<(byte[] Buffer, int Length)> BufferAsync(Stream stream, FidelityJsonLimits limits, CancellationToken cancellationToken)
    {
        var buffer = Rent(stream, limits);
        var length = 0;
        try
        {
            while (true)
            {
                buffer = Room(buffer, length, limits);
                var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    return (buffer, length);
                }

                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    /// <summary>A first buffer: the remaining length of a seekable stream (refused when over the bound), else a small one.</summary>
    private static byte[] Rent(Stream stream, FidelityJsonLimits limits)
    {
        var size = FirstStreamBuffer;
        if (stream.CanSeek)
        {
            var remaining = Math.Max(0, stream.Length - stream.Position);
            FactsLimitScan.CheckSize(remaining, limits);
            size = (int)remaining + 1; // one more, so the end of the stream is seen without growing
        }

        return ArrayPool<byte>.Shared.Rent(Math.Min(size, limits.MaxDocumentBytes + 1));
    }

    /// <summary>
    /// A buffer with room after <paramref name="length"/> bytes: the same one, or a larger pooled copy. At most one byte
    /// over the bound is ever read: holding more than the bound means the stream is too long.
    /// </summary>
    private static byte[] Room(byte[] buffer, int length, FidelityJsonLimits limits)
    {
        if (length > limits.MaxDocumentBytes)
        {
            FactsLimitScan.ThrowTooLarge(limits);
        }

        if (length < buffer.Length)
        {
            return buffer;
        }

        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)limits.MaxDocumentBytes + 1, 2L * buffer.Length));
        buffer.AsSpan(0, length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }
}

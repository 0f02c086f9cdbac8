namespace Ips.Core.Identity;

/// <summary>Lets shared validation recognise a default (never created) identifier without boxing.</summary>
internal interface IIdentifier
{
    /// <summary>Whether this is the default value, which no factory produces.</summary>
    bool IsDefault { get; }
}

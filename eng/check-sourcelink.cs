// Checks the SourceLink map in a portable pdb, or in every pdb of a .snupkg/.nupkg:
//
//   dotnet run eng/check-sourcelink.cs -- <file.pdb|file.snupkg> <commit> [<raw-url-prefix>]
//
// <raw-url-prefix> defaults to https://raw.githubusercontent.com/ips-core/Ips.Core. Passes (exit 0) when the pdb's
// SourceLink JSON maps one document root to "<prefix>/<commit>/*" (the repository root), every document whose source
// is not embedded resolves through that entry to "<prefix>/<commit>/…", and at least one of them lies under src/. Prints the map. Exit 1 otherwise, 2 on bad arguments.
using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text.Json;

if (args.Length is < 2 or > 3)
{
    Console.Error.WriteLine("usage: dotnet run eng/check-sourcelink.cs -- <file.pdb|file.snupkg> <commit> [<raw-url-prefix>]");
    return 2;
}

var (path, commit) = (args[0], args[1]);
var prefix = (args.Length == 3 ? args[2] : "https://raw.githubusercontent.com/ips-core/Ips.Core").TrimEnd('/');
if (commit.Length != 40 || !commit.All(Uri.IsHexDigit))
{
    Console.Error.WriteLine($"'{commit}' is not a full 40-digit commit id");
    return 2;
}

var pdbs = new List<(string Name, byte[] Bytes)>();
if (path.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase))
{
    pdbs.Add((Path.GetFileName(path), File.ReadAllBytes(path)));
}
else
{
    using var zip = ZipFile.OpenRead(path);
    foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase)))
    {
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        pdbs.Add((entry.FullName, copy.ToArray()));
    }
}

if (pdbs.Count == 0)
{
    Console.Error.WriteLine($"{path}: no .pdb in it");
    return 1;
}

var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
var rootUrl = $"{prefix}/{commit}/*";
var failures = 0;

foreach (var (name, bytes) in pdbs)
{
    using var provider = MetadataReaderProvider.FromPortablePdbImage([.. bytes]);
    var reader = provider.GetMetadataReader();
    var problems = new List<string>();

    string? json = null;
    foreach (var handle in reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition))
    {
        var info = reader.GetCustomDebugInformation(handle);
        if (reader.GetGuid(info.Kind) == sourceLinkKind)
        {
            json = System.Text.Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value));
        }
    }

    var map = new List<(string Key, string Url)>();
    if (json is null)
    {
        problems.Add("no SourceLink custom debug information");
    }
    else
    {
        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.GetProperty("documents").EnumerateObject())
        {
            map.Add((property.Name, property.Value.GetString() ?? string.Empty));
        }
    }

    Console.WriteLine($"{name}: SourceLink {(json is null ? "(none)" : json)}");
    var root = map.Where(m => m.Url == rootUrl).Select(m => m.Key).FirstOrDefault();
    if (json is not null && root is null)
    {
        problems.Add($"no entry maps to {rootUrl}");
    }

    var underSrc = 0;
    var embedded = 0;
    foreach (var handle in reader.Documents)
    {
        var file = reader.GetString(reader.GetDocument(handle).Name).Replace('\\', '/');
        if (HasEmbeddedSource(reader, handle))
        {
            // Generated or untracked (obj/…): the debugger reads the embedded text, so no URL is needed.
            embedded++;
            continue;
        }

        if (root is null)
        {
            continue; // already reported: nothing maps the repository root
        }

        var url = Resolve(map, file);
        if (url is null || !file.StartsWith(root.TrimEnd('*'), StringComparison.Ordinal))
        {
            problems.Add($"{file} is neither embedded nor under the repository root entry{(url is null ? string.Empty : $" (resolves to {url})")}");
        }
        else if (!url.StartsWith($"{prefix}/{commit}/", StringComparison.Ordinal))
        {
            problems.Add($"{file} resolves to {url}");
        }
        else if (url.StartsWith($"{prefix}/{commit}/src/", StringComparison.Ordinal))
        {
            underSrc++;
        }
    }

    if (root is not null && underSrc == 0)
    {
        problems.Add($"no document resolves to {prefix}/{commit}/src/…");
    }

    Console.WriteLine($"  {reader.Documents.Count} documents: {underSrc} under src/ mapped to {prefix}/{commit}/src/, {embedded} embedded");
    foreach (var problem in problems.Take(20))
    {
        Console.WriteLine($"  !! {problem}");
    }

    if (problems.Count > 20)
    {
        Console.WriteLine($"  !! … and {problems.Count - 20} more");
    }

    failures += problems.Count > 0 ? 1 : 0;
}

Console.WriteLine(failures == 0 ? $"SourceLink OK: {pdbs.Count} pdb(s) map the repository root to {rootUrl}" : $"SourceLink check FAILED for {failures} of {pdbs.Count} pdb(s)");
return failures == 0 ? 0 : 1;

// SourceLink's rule: a key ending in '*' matches by prefix (the longest wins) and the rest replaces the URL's '*'.
static string? Resolve(List<(string Key, string Url)> map, string file)
{
    string? best = null;
    var bestLength = -1;
    foreach (var (key, url) in map)
    {
        if (key.EndsWith('*'))
        {
            var stem = key[..^1];
            if (file.StartsWith(stem, StringComparison.Ordinal) && stem.Length > bestLength)
            {
                (best, bestLength) = (url.Replace("*", file[stem.Length..], StringComparison.Ordinal), stem.Length);
            }
        }
        else if (key == file && key.Length > bestLength)
        {
            (best, bestLength) = (url, key.Length);
        }
    }

    return best;
}

static bool HasEmbeddedSource(MetadataReader reader, DocumentHandle document)
{
    var embeddedSourceKind = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
    foreach (var handle in reader.GetCustomDebugInformation(document))
    {
        if (reader.GetGuid(reader.GetCustomDebugInformation(handle).Kind) == embeddedSourceKind)
        {
            return true;
        }
    }

    return false;
}

using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Ips.Core.Fidelity.Definition;
using Ips.Core.Fidelity.Formats.Json;
using Ips.Core.Fidelity.Ips25;
using Ips.Core.Fidelity.Tests.Examples;

namespace Ips.Core.Fidelity.Tests.Formats.Json;

/// <summary>Facts from UTF-8 bytes and streams: the same facts and errors as from text, and the size bound held while reading.</summary>
public sealed class StreamReadTests
{
    public static TheoryData<string> Examples() => new(ExampleReviews.Names);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task BytesAndStreams_GiveTheFactsTextGives(string name)
    {
        var json = ExampleReviews.Json(name);
        var bytes = Encoding.UTF8.GetBytes(json);
        var expected = FidelityJson.WriteFacts(FidelityJson.ReadFacts(json));
        var ct = TestContext.Current.CancellationToken;

        Assert.Equal(expected, FidelityJson.WriteFacts(FidelityJson.TryReadFacts(bytes).Value));
        Assert.Equal(expected, FidelityJson.WriteFacts(FidelityJson.ReadFacts(new MemoryStream(bytes), Ips25Scale.Definition)));
        Assert.Equal(expected, FidelityJson.WriteFacts(await FidelityJson.ReadFactsAsync(new MemoryStream(bytes), Ips25Scale.Definition, cancellationToken: ct)));
        Assert.Equal(expected, FidelityJson.WriteFacts(FidelityJson.TryReadFacts(new MemoryStream(bytes)).Value));
        Assert.Equal(expected, FidelityJson.WriteFacts((await FidelityJson.TryReadFactsAsync(new TrickleStream(bytes), cancellationToken: ct)).Value));
    }

    [Fact]
    public async Task APipeReader_ReadsThroughAsStream()
    {
        var pipe = new Pipe();
        var bytes = Encoding.UTF8.GetBytes(ExampleReviews.Json("fair"));
        await pipe.Writer.WriteAsync(bytes, TestContext.Current.CancellationToken);
        await pipe.Writer.CompleteAsync();

        var read = await FidelityJson.TryReadFactsAsync(pipe.Reader.AsStream(), cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(FidelityJson.WriteFacts(ExampleReviews.Facts("fair")), FidelityJson.WriteFacts(read.Value));
    }

    [Theory]
    [InlineData("{", JsonReadErrorCodes.Syntax, "$")]
    [InlineData("{\"schemaVersion\": 1, \"programme\": \"P\", \"reviewDate\": \"2026-10-01\", \"items\": 3}", JsonReadErrorCodes.Document, "$.items")]
    [InlineData("{\"schemaVersion\": 1, \"reviewDate\": \"2026-10-01\", \"items\": []}", JsonReadErrorCodes.Document, "$")]
    public async Task BadBytesAndStreams_GiveTheErrorTextGives(string json, string code, string path)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var expected = FidelityJson.TryReadFacts(json).Error!;

        Assert.Equal((code, path), (expected.Code, expected.Path));
        Assert.Equal(expected, FidelityJson.TryReadFacts(bytes).Error);
        Assert.Equal(expected, FidelityJson.TryReadFacts(new MemoryStream(bytes)).Error);
        Assert.Equal(expected, (await FidelityJson.TryReadFactsAsync(new TrickleStream(bytes), cancellationToken: TestContext.Current.CancellationToken)).Error);
        var thrown = await Assert.ThrowsAsync<JsonException>(async () => await FidelityJson.ReadFactsAsync(new TrickleStream(bytes), Ips25Scale.Definition, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(path, thrown.Path);
    }

    [Fact]
    public async Task AStreamOverTheSizeBound_IsALimitError_AfterReadingOneByteMoreThanTheBound()
    {
        var limits = FidelityJsonLimits.Default with { MaxDocumentBytes = 64 * 1024 };
        var endless = new TrickleStream(null);   // never ends: only the bound stops the read

        var read = await FidelityJson.TryReadFactsAsync(endless, limits: limits, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(JsonReadErrorCodes.Limit, read.Error!.Code);
        Assert.Equal("$", read.Error.Path);
        Assert.InRange(endless.BytesRead, limits.MaxDocumentBytes + 1, (2 * limits.MaxDocumentBytes) + 2);
        Assert.ThrowsAny<JsonException>(() => FidelityJson.ReadFacts(new TrickleStream(null), Ips25Scale.Definition, limits));
    }

    [Fact]
    public void ASeekableStreamOverTheSizeBound_IsRefused_BeforeAnythingIsRead()
    {
        var limits = FidelityJsonLimits.Default with { MaxDocumentBytes = 1000 };
        using var stream = new MemoryStream(new byte[50_000]);

        var read = FidelityJson.TryReadFacts(stream, limits: limits);

        Assert.Equal(JsonReadErrorCodes.Limit, read.Error!.Code);
        Assert.Equal(0, stream.Position);
    }

    [Fact]
    public void BytesOverABound_AreALimitError_AtThePathWhereItWasCrossed()
    {
        var limits = FidelityJsonLimits.Default with { MaxItems = 2 };
        var bytes = """{"schemaVersion": 1, "programme": "P", "reviewDate": "2026-10-01", "items": [{"item": 1}, {"item": 2}, {"item": 3}]}"""u8;

        var read = FidelityJson.TryReadFacts(bytes, Ips25Scale.Definition, limits);

        Assert.Equal((JsonReadErrorCodes.Limit, "$.items[2]"), (read.Error!.Code, read.Error.Path));
    }

    [Fact]
    public async Task Cancellation_IsPassedOn()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await FidelityJson.TryReadFactsAsync(new TrickleStream(null), cancellationToken: cancelled.Token));
    }

    [Fact]
    public void Arguments_AreChecked()
    {
        Assert.Throws<ArgumentNullException>(() => FidelityJson.TryReadFacts((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => FidelityJson.ReadFacts(new MemoryStream(), null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => FidelityJson.TryReadFacts(new MemoryStream(), limits: FidelityJsonLimits.Default with { MaxDocumentBytes = 0 }));
    }

    [Fact]
    public void ErrorMessages_NeverNameADotNetType()
    {
        const string Head = "{\"schemaVersion\": 1, \"programme\": \"P\", \"reviewDate\": \"2026-10-01\", ";
        string[] documents =
        [
            "[]", "3", "\"x\"", "{\"schemaVersion\": 1, \"reviewDate\": \"2026-10-01\", \"items\": []}",
            "{\"schemaVersion\": 1, \"programme\": null, \"reviewDate\": \"2026-10-01\"}",
            "{\"schemaVersion\": 1, \"programme\": 5, \"reviewDate\": \"2026-10-01\", \"items\": []}",
            Head + "\"items\": null}", Head + "\"items\": {\"item\": 1}}", Head + "\"reviewdate\": 1}",
            Head + "\"items\": [{\"item\": \"1\"}]}", Head + "\"items\": [{\"item\": 1e10}]}", Head + "\"items\": [{\"facts\": {}}]}",
            Head + "\"items\": [{\"item\": 2, \"specialists\": 3}]}", Head + "\"items\": [{\"item\": 2, \"specialists\": [{\"facts\": {}}]}]}",
            Head + "\"items\": [{\"item\": 2, \"specialists\": [{\"label\": 3, \"facts\": {}}]}]}",
        ];
        foreach (var json in documents)
        {
            var error = FidelityJson.TryReadFacts(Encoding.UTF8.GetBytes(json)).Error!;
            var thrown = Assert.ThrowsAny<JsonException>(() => FidelityJson.ReadFacts(json));

            Assert.DoesNotMatch(@"Ips\.Core|System\.|NodaTime\.", error.Message);
            Assert.DoesNotMatch(@"Ips\.Core|System\.|NodaTime\.", thrown.Message);
            Assert.Equal(thrown.Path, error.Path);
        }

        var report = FidelityJson.WriteReport(ExampleReviews.Report("fair"));
        var badReport = FidelityJson.TryReadReport(report.Replace("\"ratedSum\"", "\"ratedsum\"", StringComparison.Ordinal), Ips25Scale.Definition).Error!;
        Assert.DoesNotMatch(@"Ips\.Core|System\.", badReport.Message);
    }

    /// <summary>A stream that hands out at most 7 bytes a read (all of <c>bytes</c>, or endless spaces when null) and counts them.</summary>
    private sealed class TrickleStream(byte[]? bytes) : Stream
    {
        private int position;

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = Math.Min(7, buffer.Length);
            if (bytes is not null)
            {
                n = Math.Min(n, bytes.Length - position);
                bytes.AsSpan(position, n).CopyTo(buffer);
                position += n;
            }
            else
            {
                buffer[..n].Fill((byte)' ');
            }

            BytesRead += n;
            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return ValueTask.FromResult(Read(buffer.Span));
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

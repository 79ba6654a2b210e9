using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace LaborRights.Evidence;

/// <summary>
/// Where evidence bytes live when not in PostgreSQL (ADR 0021): an object store. The file's row (name, type, hash, case,
/// hold) always stays in PostgreSQL, so claiming a file stays part of the filing's transaction.
/// </summary>
public interface IEvidenceObjectStore
{
    /// <summary>Stores the bytes under <paramref name="key"/>; returns only once the store has acknowledged them.</summary>
    Task PutAsync(string key, byte[] content, string mediaType, CancellationToken ct);

    /// <summary>The bytes under <paramref name="key"/>, or null when there are none.</summary>
    Task<byte[]?> GetAsync(string key, CancellationToken ct);

    /// <summary>Removes the bytes under <paramref name="key"/> (nothing there is not an error).</summary>
    Task DeleteAsync(string key, CancellationToken ct);
}

/// <summary>Configuration section <c>Evidence:S3</c>: an S3-compatible object store (MinIO, a cloud's OSS/OBS/COS, AWS S3).</summary>
public sealed class EvidenceS3Options
{
    /// <summary>The store's address, e.g. <c>https://oss.example.gov.cn</c> or <c>http://127.0.0.1:9000</c>.</summary>
    public string ServiceUrl { get; set; } = "";
    public string Bucket { get; set; } = "";
    public string AccessKey { get; set; } = "";
    public string SecretKey { get; set; } = "";
    public string Region { get; set; } = "us-east-1";

    /// <summary>Prefix of every key, so the bucket can hold other things.</summary>
    public string KeyPrefix { get; set; } = "evidence/";

    public void ThrowIfIncomplete()
    {
        var missing = new[] { (nameof(ServiceUrl), ServiceUrl), (nameof(Bucket), Bucket), (nameof(AccessKey), AccessKey), (nameof(SecretKey), SecretKey) }
            .Where(x => string.IsNullOrWhiteSpace(x.Item2)).Select(x => "Evidence:S3:" + x.Item1).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"Evidence:Store is S3 but {string.Join(", ", missing)} is not set.");
    }
}

/// <summary>Evidence bytes in an S3-compatible bucket, with path-style addresses (what MinIO and most private clouds need).</summary>
public sealed class S3EvidenceObjectStore(EvidenceS3Options options) : IEvidenceObjectStore, IDisposable
{
    private readonly AmazonS3Client _client = new(
        new BasicAWSCredentials(options.AccessKey, options.SecretKey),
        new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            ForcePathStyle = true,
            AuthenticationRegion = options.Region,
            // Checksums only where the protocol requires them: S3-compatible stores do not all take the SDK's trailing ones.
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        });

    public async Task PutAsync(string key, byte[] content, string mediaType, CancellationToken ct)
    {
        using var body = new MemoryStream(content, writable: false);
        await _client.PutObjectAsync(new PutObjectRequest
        {
            BucketName = options.Bucket,
            Key = options.KeyPrefix + key,
            InputStream = body,
            ContentType = mediaType,
            // One signed body rather than aws-chunked framing, which not every S3-compatible store decodes (a file is ≤ 10 MB).
            UseChunkEncoding = false,
            // The store checks the bytes it received against this before acknowledging them.
            MD5Digest = Convert.ToBase64String(System.Security.Cryptography.MD5.HashData(content)),
        }, ct);
    }

    public async Task<byte[]?> GetAsync(string key, CancellationToken ct)
    {
        try
        {
            using var response = await _client.GetObjectAsync(options.Bucket, options.KeyPrefix + key, ct);
            using var bytes = new MemoryStream();
            await response.ResponseStream.CopyToAsync(bytes, ct);
            return bytes.ToArray();
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken ct) =>
        await _client.DeleteObjectAsync(options.Bucket, options.KeyPrefix + key, ct);

    public void Dispose() => _client.Dispose();
}

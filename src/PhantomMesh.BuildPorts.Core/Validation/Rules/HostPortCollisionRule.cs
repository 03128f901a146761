using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>
/// PM1201: two ports on one host port and protocol whose addresses overlap, in this spec or
/// against a spec or Compose project it includes. Ports are bucketed by (port, protocol), so the work is linear
/// in the number of ports; only ports sharing a bucket are compared.
/// </summary>
public sealed class HostPortCollisionRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var buckets = new Dictionary<(int Port, Protocol Protocol), List<PortMapping>>();
        foreach (var port in context.Specs.AllPorts)
        {
            var key = (port.HostPort.Value, port.Protocol.Value);
            if (!buckets.TryGetValue(key, out var bucket))
            {
                buckets[key] = bucket = [];
            }

            bucket.Add(port);
        }

        var composeFiles = context.Specs.Included.Where(s => s.Format == SpecFormat.Compose).Select(s => s.File).ToHashSet(StringComparer.Ordinal);
        foreach (var bucket in buckets.Values.Where(b => b.Count > 1))
        {
            ReportBucket(context, bucket, composeFiles);
        }
    }

    /// <summary>
    /// Reports each port of the spec being built that clashes with an earlier port of the same spec
    /// (the later of two is reported) or with any port of an included spec. A clash between two
    /// included specs is theirs to fix.
    /// </summary>
    private static void ReportBucket(ValidationContext context, List<PortMapping> bucket, HashSet<string> composeFiles)
    {
        for (var i = 0; i < bucket.Count; i++)
        {
            var site = bucket[i];
            if (site.SpecFile != context.Root.File)
            {
                continue;
            }

            var other = bucket.Where((candidate, j) =>
                    (j < i || candidate.SpecFile != context.Root.File)
                    && j != i
                    && IpText.Overlap(candidate.PublishedAddress, site.PublishedAddress)
                    && !IsSameMapping(candidate, site))
                .FirstOrDefault();
            if (other is null)
            {
                continue;
            }

            var where = other.SpecFile == site.SpecFile ? $"line {other.HostPort.Location.Line}" : $"{other.HostPort.Location.File}({other.HostPort.Location.Line})";
            var otherName = composeFiles.Contains(other.SpecFile)
                ? $"service '{PrintableText.Of(other.Container.Name)}' (ports entry \"{PrintableText.Of(other.Name.Value)}\")"
                : $"'{other.Container.Name}.{other.Name.Value}'";
            context.Report(
                DiagnosticCatalog.HostPortCollision,
                site.HostPort.Location,
                $"Host port {site.HostPort.Value}/{site.Protocol.Value.ToLowerName()} of '{site.Container.Name}.{site.Name.Value}' " +
                $"is already used by {otherName} at {where}, {Addresses(site, other)}; move one of them to a free port.",
                site,
                new RelatedLocation(other.HostPort.Location, $"{otherName} uses host port {other.HostPort.Value} here"));
        }
    }

    /// <summary>One container declaring one mapping twice is reported as PM1206, not as a collision.</summary>
    private static bool IsSameMapping(PortMapping first, PortMapping second)
        => first.SpecFile == second.SpecFile
           && first.Container.Name == second.Container.Name
           && first.ContainerPort.Value == second.ContainerPort.Value;

    private static string Addresses(PortMapping site, PortMapping other)
    {
        string Describe(PortMapping p) => p.PublishedAddress is { } ip ? ip.ToString() : "all addresses";
        var (mine, theirs) = (Describe(site), Describe(other));
        return mine == theirs ? $"both on {mine}" : $"on {mine} and {theirs}, which overlap";
    }
}

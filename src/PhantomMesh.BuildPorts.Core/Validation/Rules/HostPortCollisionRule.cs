using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Validation.Rules;

/// <summary>
/// PM1201: two ports on one host port and protocol whose addresses overlap, in this spec or
/// against a spec or Compose project it includes. Ports are bucketed by (port, protocol), so the work is linear
/// in the number of ports; only ports sharing a bucket are compared. The other side's place is
/// the related location only: every output prints it once from there.
/// </summary>
internal sealed class HostPortCollisionRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        // A port alone on its host port (nearly every one) is kept as itself; a list is made for the second.
        var buckets = new Dictionary<(int Port, Protocol Protocol), object>();
        foreach (var port in context.Specs.AllPorts)
        {
            var key = (port.HostPort.Value, port.Protocol.Value);
            if (!buckets.TryGetValue(key, out var bucket))
            {
                buckets.Add(key, port);
            }
            else if (bucket is List<PortMapping> shared)
            {
                shared.Add(port);
            }
            else
            {
                buckets[key] = new List<PortMapping> { (PortMapping)bucket, port };
            }
        }

        var composeFiles = context.Specs.Included.Where(s => s.Format == SpecFormat.Compose).Select(s => s.File).ToHashSet(StringComparer.Ordinal);
        foreach (var bucket in buckets.Values)
        {
            if (bucket is List<PortMapping> shared)
            {
                ReportBucket(context, InWrittenOrder(shared, context.Root.File), composeFiles);
            }
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

            var otherName = composeFiles.Contains(other.SpecFile)
                ? $"service '{PrintableText.Of(other.Container.Name)}' (ports entry \"{PrintableText.Of(other.Name.Value)}\")"
                : $"'{other.Container.Name}.{other.Name.Value}'";
            context.Report(
                DiagnosticCatalog.HostPortCollision,
                site.PlacementLocation,
                $"Host port {site.HostPort.Value}/{site.Protocol.Value.ToLowerName()} of '{site.Container.Name}.{site.Name.Value}' " +
                $"is already used by {otherName}, {Addresses(site, other)}; move one of them to a free port.",
                site,
                new RelatedLocation(other.PlacementLocation, $"{otherName} uses host port {other.HostPort.Value} here"));
        }
    }

    /// <summary>
    /// This spec's ports in the order their places were written, then the included specs' ports: of
    /// two clashing ports the later is reported, which in an environment is the one its override moved.
    /// </summary>
    private static List<PortMapping> InWrittenOrder(List<PortMapping> bucket, string rootFile)
        => [.. bucket
            .OrderBy(p => p.SpecFile == rootFile ? 0 : 1)
            .ThenBy(p => p.SpecFile == rootFile ? p.PlacementLocation.Line : 0)
            .ThenBy(p => p.SpecFile == rootFile ? p.PlacementLocation.Column : 0)];

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

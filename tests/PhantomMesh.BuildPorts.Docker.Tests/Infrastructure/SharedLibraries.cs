using System.Text.RegularExpressions;

namespace PhantomMesh.BuildPorts.Docker.Tests.Infrastructure;

/// <summary>The loader and shared libraries a dynamically linked program needs, as ldd lists them.</summary>
public static partial class SharedLibraries
{
    /// <summary>The absolute paths ldd prints for <paramref name="program"/>; empty for a static program.</summary>
    public static async Task<IReadOnlyList<string>> OfAsync(string program)
    {
        var ldd = await ExternalTool.RunAsync("ldd", [program], TimeSpan.FromSeconds(30));
        if (!ldd.Succeeded)
        {
            if (ldd.Output.Contains("not a dynamic executable", StringComparison.Ordinal))
            {
                return [];
            }

            throw new InvalidOperationException($"ldd {program} failed: {ldd}");
        }

        // "libc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x...)" and "/lib64/ld-linux-x86-64.so.2 (0x...)";
        // linux-vdso has no file and is left out.
        return [.. LddPath().Matches(ldd.StdOut).Select(m => m.Groups["path"].Value).Distinct()];
    }

    [GeneratedRegex(@"^\s*(?:\S+\s+=>\s+)?(?<path>/\S+)\s+\(0x", RegexOptions.Multiline)]
    private static partial Regex LddPath();
}

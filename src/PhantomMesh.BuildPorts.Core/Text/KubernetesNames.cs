using System.Text.RegularExpressions;

namespace PhantomMesh.BuildPorts.Text;

/// <summary>The name formats Kubernetes validates (k8s.io/apimachinery/pkg/util/validation).</summary>
internal static partial class KubernetesNames
{
    public static bool IsDns1123Label(string name) => name.Length <= 63 && Dns1123Label().IsMatch(name);

    public static bool IsDns1035Label(string name) => name.Length <= 63 && Dns1035Label().IsMatch(name);

    /// <summary>IANA_SVC_NAME: at most 15 characters of [a-z0-9-], at least one letter, no "--", no '-' at either end.</summary>
    public static bool IsIanaServiceName(string name)
        => name.Length is >= 1 and <= 15
           && Dns1123Label().IsMatch(name)
           && name.Any(char.IsAsciiLetterLower)
           && !name.Contains("--", StringComparison.Ordinal);

    [GeneratedRegex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Dns1123Label();

    [GeneratedRegex("^[a-z]([-a-z0-9]*[a-z0-9])?$")]
    private static partial Regex Dns1035Label();
}

using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Loading.Binding;

/// <summary>
/// Names from the spec become identifiers in the generated files (Compose service and network
/// names, YAML keys, job names), so they are held to what every consumer accepts.
/// </summary>
internal static partial class NameRules
{
    public static bool IsValid(string name) => name.Length <= 63 && Identifier().IsMatch(name);

    /// <summary>Reports PM1012 and returns false when <paramref name="name"/> cannot be used.</summary>
    public static bool Check(Located<string> name, string what, DiagnosticBag diagnostics)
    {
        if (IsValid(name.Value))
        {
            return true;
        }

        diagnostics.Add(DiagnosticCatalog.InvalidName, name.Location,
            $"{what} name '{PrintableText.Of(name.Value)}' cannot be used in generated files: use letters, digits, '-', '_' and '.', starting with a letter or digit, at most 63 characters.");
        return false;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    private static partial Regex Identifier();
}

using System.Globalization;
using System.Text;

namespace PhantomMesh.BuildPorts.Import;

/// <summary>TOML literals for the spec an import writes (comments are <see cref="Rendering.Functions.SafeTextFunctions.OneLine"/>).</summary>
internal static class TomlText
{
    /// <summary>A basic string with every character TOML requires escaped.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    /// <summary>A key: bare when TOML allows it, else quoted.</summary>
    public static string Key(string name)
        => name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? name : Quote(name);
}

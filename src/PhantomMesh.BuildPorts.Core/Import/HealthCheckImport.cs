using PhantomMesh.BuildPorts.Rendering.Functions;
using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Import;

/// <summary>
/// A Compose healthcheck as a port's health check: a <c>curl</c> or <c>wget</c> of a local URL is an
/// HTTP check of that URL's path on the port it names; anything else is a command.
/// </summary>
internal static partial class HealthCheckImport
{
    internal sealed record Converted(HealthCheckKind Kind, string Value, int? ContainerPort, string Command);

    public static Converted? Convert(IReadOnlyList<string>? test)
    {
        if (test is not { Count: > 1 } || test[0] is not ("CMD" or "CMD-SHELL"))
        {
            return null;
        }

        var command = test[0] == "CMD-SHELL" ? string.Join(' ', test.Skip(1)) : string.Join(' ', test.Skip(1).Select(ShellWord));
        var url = LocalUrl().Match(command);
        if (url.Success && HttpClient().IsMatch(command))
        {
            var port = url.Groups["port"].Success ? int.Parse(url.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)(url.Groups["scheme"].Value == "https" ? 443 : 80);
            var path = url.Groups["path"].Success && url.Groups["path"].Value.Length > 0 ? url.Groups["path"].Value : "/";
            return new Converted(HealthCheckKind.Http, path, port, command);
        }

        return new Converted(HealthCheckKind.Command, command, null, command);
    }

    private static string ShellWord(string word)
        => word.Length > 0 && word.All(c => char.IsLetterOrDigit(c) || "-_./:=@%+,".Contains(c)) ? word : SafeTextFunctions.ShQuote(word);

    [GeneratedRegex(@"(?<![\w-])(curl|wget)(?![\w-])")]
    private static partial Regex HttpClient();

    [GeneratedRegex(@"(?<scheme>https?)://(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(:(?<port>\d{1,5}))?(?<path>/[^\s'""|;&]*)?")]
    private static partial Regex LocalUrl();
}

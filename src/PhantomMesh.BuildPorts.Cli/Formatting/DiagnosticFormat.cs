namespace PhantomMesh.BuildPorts.Cli.Formatting;

public enum DiagnosticFormat
{
    /// <summary><c>file(line,col): error CODE: message</c>, the source line and a caret.</summary>
    Text,

    /// <summary>A JSON array with one object per diagnostic.</summary>
    Json,

    /// <summary>GitHub Actions workflow commands, which annotate the pull request.</summary>
    Github,

    /// <summary>SARIF 2.1.0, for code-scanning upload.</summary>
    Sarif,
}

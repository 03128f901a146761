using PhantomMesh.BuildPorts.Diagnostics;

namespace PhantomMesh.BuildPorts.Loading.Toml;

/// <summary>
/// Why <see cref="TomlTokenParser"/> stopped. A syntax error may be described better by Tomlyn's
/// error-recovering syntax tree (<see cref="DescribeWithSyntaxTree"/>); a limit, a TOML 1.1
/// construct or a stray byte-order mark is reported as it stands, because Tomlyn accepts those.
/// </summary>
internal sealed record TomlParseFailure(DiagnosticDescriptor Descriptor, SourceLocation Location, string Message, bool DescribeWithSyntaxTree);

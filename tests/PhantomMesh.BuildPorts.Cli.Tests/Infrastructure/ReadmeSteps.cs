using System.Text.RegularExpressions;

namespace PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

/// <summary>
/// The commands of README.md's getting-started steps: its first two <c>sh</c> code blocks (build and
/// test, then the tool), one command a line, comments after <c>#</c> dropped.
/// </summary>
public static partial class ReadmeSteps
{
    public const int BlockCount = 2;

    public static string ReadmePath => Path.Combine(RepoPaths.RepoRoot, "README.md");

    /// <summary>Each command as its words, in the README's order.</summary>
    public static IReadOnlyList<string[]> Commands()
    {
        var blocks = ShellBlock().Matches(File.ReadAllText(ReadmePath)).Take(BlockCount).ToList();
        Assert.True(blocks.Count == BlockCount, $"README.md should open with {BlockCount} ```sh blocks, it has {blocks.Count}");
        return blocks
            .SelectMany(block => block.Groups["body"].Value.Split('\n'))
            .Select(line => Comment().Replace(line, string.Empty).Trim())
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                Assert.DoesNotMatch("[\"'$`|&;<>\\\\]", line); // plain words only: run without a shell
                return line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            })
            .ToList();
    }

    [GeneratedRegex(@"^```sh\n(?<body>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"(^|\s)#.*$")]
    private static partial Regex Comment();
}

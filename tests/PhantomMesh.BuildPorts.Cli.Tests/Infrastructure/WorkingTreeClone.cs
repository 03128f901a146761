namespace PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

/// <summary>
/// A fresh <c>git clone</c> of the repository the tests run from, with the working tree's uncommitted
/// changes laid over it: what a new user gets once those changes are committed. Nothing git ignores
/// (bin/, obj/, artifacts/, the packed tool) comes along.
/// </summary>
public static class WorkingTreeClone
{
    private static readonly TimeSpan GitTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Clones into <paramref name="destination"/> (which must not exist yet). Needs [SkippableFact]: skipped without git or outside a git work tree.</summary>
    public static async Task CreateAsync(string destination)
    {
        var git = ExternalTool.RequireTool("git");
        var root = RepoPaths.RepoRoot;
        var inside = await ExternalTool.RunAsync(git, ["rev-parse", "--is-inside-work-tree"], GitTimeout, root);
        Skip.IfNot(inside.Succeeded && inside.StdOut.Trim() == "true", $"{root} is not a git work tree, so there is nothing to clone");

        var head = (await Git(git, root, "rev-parse", "HEAD")).StdOut.Trim();
        await Git(git, root, "clone", "--quiet", "--no-checkout", root, destination);
        await Git(git, destination, "checkout", "--quiet", "--detach", head);

        foreach (var path in await Paths(git, root, "--modified", "--others", "--exclude-standard"))
        {
            var source = Path.Combine(root, path);
            if (File.Exists(source))
            {
                var target = Path.Combine(destination, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target, overwrite: true);
            }
        }

        foreach (var path in await Paths(git, root, "--deleted"))
        {
            File.Delete(Path.Combine(destination, path));
        }
    }

    private static async Task<IEnumerable<string>> Paths(string git, string root, params string[] which)
        => (await Git(git, root, ["ls-files", "-z", .. which])).StdOut.Split('\0', StringSplitOptions.RemoveEmptyEntries);

    private static async Task<ToolResult> Git(string git, string folder, params string[] arguments)
    {
        var result = await ExternalTool.RunAsync(git, arguments, GitTimeout, folder);
        Assert.True(result.Succeeded, $"git {string.Join(' ', arguments)}: {result}");
        return result;
    }
}

using System.Runtime.InteropServices;
using PhantomMesh.BuildPorts.Cli.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Cli.Tests.EndToEnd;

/// <summary>
/// The released tool packages, packed from a fresh clone as a release does (the pointer package, the linux-x64
/// Native AOT package, the framework-dependent <c>any</c> package) and installed with <c>dotnet tool install</c>
/// from that folder feed alone: on linux-x64 the command is the native binary, the <c>any</c> package installs and
/// runs framework-dependent, and both generate the same files from the repository's spec.
/// </summary>
[Trait("Category", "EndToEnd")]
public sealed class ToolPackageTests : IDisposable
{
    private static readonly string NativePackage = ToolManifest.PackageId + ".linux-x64";

    private static readonly string AnyPackage = ToolManifest.PackageId + ".any";

    private readonly TempFolder _temp = new("pm-tool-");

    [SkippableFact]
    public async Task Platform_packages_install_the_native_binary_on_linux_x64_and_the_any_package_framework_dependent()
    {
        Skip.IfNot(RuntimeInformation.RuntimeIdentifier == "linux-x64", $"the Native AOT package is built for linux-x64 only, this is {RuntimeInformation.RuntimeIdentifier}");
        ExternalTool.RequireTool("clang");
        var clone = _temp.Combine("repo");
        await WorkingTreeClone.CreateAsync(clone);
        var feed = _temp.Combine("feed");

        // As a release packs them; the build's own dependencies may come from this machine's package cache.
        foreach (var runtime in new[] { null, "linux-x64", "any" })
        {
            string[] pack = ["pack", "src/PhantomMesh.BuildPorts.Cli", "-c", "Release", "-o", feed, .. runtime is null ? Array.Empty<string>() : ["-r", runtime]];
            var packed = await DotnetCli.RunAsync(clone, DotnetCli.QuietEnvironment(), pack);
            Assert.True(packed.Succeeded, $"dotnet {string.Join(' ', pack)}: {packed}");
        }

        Assert.Equal(
            new[] { ToolManifest.PackageId, AnyPackage, NativePackage }.Select(id => $"{id}.{ToolManifest.Version}.nupkg").Order(StringComparer.Ordinal),
            Directory.GetFiles(feed).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var native = await Install(ToolManifest.PackageId, feed, "native");
        Assert.Single(Store(native, NativePackage), file => Path.GetFileName(file) == "phantom-gen");
        Assert.DoesNotContain(Store(native, NativePackage), file => file.EndsWith(".dll", StringComparison.Ordinal) || file.EndsWith(".pdb", StringComparison.Ordinal) || file.EndsWith(".dbg", StringComparison.Ordinal));
        Assert.DoesNotContain(Directory.EnumerateDirectories(Path.Combine(native, ".store"), "*", SearchOption.AllDirectories), folder => Path.GetFileName(folder) == AnyPackage.ToLowerInvariant());

        var frameworkDependent = await Install(AnyPackage, feed, "any");
        Assert.Contains(Store(frameworkDependent, AnyPackage), file => file.Replace('\\', '/').EndsWith("/tools/net10.0/any/phantom-gen.dll", StringComparison.Ordinal));

        var nativeFiles = await Generate(native, "native-out");
        var frameworkDependentFiles = await Generate(frameworkDependent, "any-out");
        Assert.NotEmpty(nativeFiles);
        Assert.Equal(frameworkDependentFiles.Keys, nativeFiles.Keys);
        Assert.All(nativeFiles, file => Assert.True(frameworkDependentFiles[file.Key].SequenceEqual(file.Value), $"{file.Key} differs between the native and the framework-dependent phantom-gen"));
    }

    public void Dispose() => _temp.Dispose();

    /// <summary><c>dotnet tool install --tool-path</c> with its own package folder, so the tool comes from the feed alone.</summary>
    private async Task<string> Install(string packageId, string feed, string name)
    {
        var toolPath = _temp.Combine(name);
        var environment = DotnetCli.QuietEnvironment();
        environment["NUGET_PACKAGES"] = _temp.Combine("nuget-" + name);
        environment["DOTNET_CLI_HOME"] = _temp.Combine("cli-home-" + name);
        var install = await DotnetCli.RunAsync(_temp.Path, environment, "tool", "install", packageId, "--tool-path", toolPath, "--add-source", feed);
        Assert.True(install.Succeeded, $"dotnet tool install {packageId}: {install}");
        return toolPath;
    }

    /// <summary>
    /// The files of one installed package under the tool path's .store folder (a platform package installed through
    /// the pointer package sits in the pointer's folder there, so it is found by its folder name at any depth).
    /// </summary>
    private static List<string> Store(string toolPath, string packageId)
    {
        var store = Path.Combine(toolPath, ".store");
        var files = Directory.EnumerateFiles(store, "*", SearchOption.AllDirectories)
            .Where(file => Path.GetRelativePath(store, file).Split(Path.DirectorySeparatorChar).Contains(packageId.ToLowerInvariant()))
            .ToList();
        Assert.True(files.Count > 0, $"{packageId} is not installed in {toolPath}: {string.Join(", ", Directory.EnumerateDirectories(store, "*", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(store, d)))}");
        return files;
    }

    /// <summary>The installed command's <c>generate</c> of the repository's spec and templates: every output file by its relative path.</summary>
    private async Task<Dictionary<string, byte[]>> Generate(string toolPath, string output)
    {
        var folder = _temp.Combine(output);
        var result = await ExternalTool.RunAsync(Path.Combine(toolPath, "phantom-gen"), ["generate", "--spec", Path.Combine(RepoPaths.RepoRoot, "ports.toml"), "--out", folder], DotnetCli.Slow, _temp.Path, DotnetCli.QuietEnvironment());
        Assert.True(result.Succeeded, result.ToString());
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(folder, file), File.ReadAllBytes, StringComparer.Ordinal);
    }

}

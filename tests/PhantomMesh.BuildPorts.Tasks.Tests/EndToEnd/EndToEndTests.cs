using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using PhantomMesh.BuildPorts.Tasks.Tests.Infrastructure;
using Xunit.Abstractions;

namespace PhantomMesh.BuildPorts.Tasks.Tests.EndToEnd;

/// <summary>
/// The packed package in temporary consumer projects, built by the real <c>dotnet build</c> with
/// their own NuGet.config and package folder. Only the .NET 10 runtime is needed: the net8.0
/// consumers restore their reference pack from the package source.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class EndToEndTests(PackageFeed feed, ITestOutputHelper output)
{
    private const string SkippingGenerate = "Skipping target \"PhantomPortsGenerate\" because all output files are up-to-date";

    /// <summary>
    /// The rules a GitHub problem matcher for MSBuild output applies (setup-dotnet registers one): a line that
    /// starts with the file, then (line) or (line,col), ": error|warning CODE: message", and the project in
    /// square brackets at the end. The message ends at the first " [".
    /// </summary>
    private static readonly Regex Annotation = new(
        @"^(?<file>\S.*?)\((?<line>\d+)(?:,(?<col>\d+))?\):\s+(?<severity>error|warning)\s+(?<code>[A-Za-z]+\d+):\s*(?<message>.*?)\s+\[(?<project>.*?)\]$");

    [Fact]
    public void The_package_ships_the_task_its_dependencies_and_the_targets_but_no_MSBuild_assembly()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        var entries = package.Entries.Select(e => e.FullName).ToList();

        Assert.Contains("build/PhantomMesh.BuildPorts.props", entries);
        Assert.Contains("build/PhantomMesh.BuildPorts.targets", entries);
        Assert.Contains("buildMultiTargeting/PhantomMesh.BuildPorts.props", entries);
        Assert.Contains("buildMultiTargeting/PhantomMesh.BuildPorts.targets", entries);
        string[] assemblies = ["PhantomMesh.BuildPorts.Core.dll", "PhantomMesh.BuildPorts.Tasks.dll", "Scriban.Signed.dll", "Tomlyn.dll", "YamlDotNet.dll"];
        Assert.Equal(assemblies, FilesIn(entries, "tasks/net8.0/"));
        // The same assemblies precompiled (ReadyToRun) for MSBuild on Linux x64, in a folder of their own.
        Assert.Equal(assemblies, FilesIn(entries, "tasks/net8.0/linux-x64/"));
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.Build", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));

        using var nuspec = new StreamReader(package.GetEntry("PhantomMesh.BuildPorts.nuspec")!.Open());
        var text = nuspec.ReadToEnd();
        Assert.Contains("<developmentDependency>true</developmentDependency>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<dependency ", text, StringComparison.Ordinal);
    }

    private static IEnumerable<string> FilesIn(IEnumerable<string> entries, string folder) =>
        entries.Where(e => e.StartsWith(folder, StringComparison.Ordinal) && !e[folder.Length..].Contains('/'))
            .Select(e => e[folder.Length..]).Order(StringComparer.Ordinal);

    [Fact]
    public void A_net8_consumer_generates_on_the_first_build_and_skips_on_the_second()
    {
        var consumer = feed.NewConsumer("first-build");
        consumer.WriteProject("app");
        SampleSpec.WriteTo(consumer.Combine("app"));
        var deploy = consumer.Combine("app", "artifacts", "deploy");

        var first = Timed("first build", () => consumer.Dotnet("build", "app/app.csproj", "-v:n"));

        Assert.True(first.Succeeded, first.ToString());
        Assert.Equal(SampleSpec.HelloOutput, File.ReadAllText(Path.Combine(deploy, "hello.txt")));
        Assert.Equal("# Ports\n- 24510\n- 24512\n- 24520\n", File.ReadAllText(Path.Combine(deploy, "ports.md")));
        Assert.Single(first.Lines, l => l.Contains(GeneratePortArtifacts.MessagePrefix, StringComparison.Ordinal));
        Assert.True(File.Exists(consumer.Combine("app", "bin", "Debug", "net8.0", "app.dll")), "the net8.0 project itself was not built");
        var outputs = FileSnapshot.Of(deploy);

        var second = Timed("no-op build", () => consumer.Dotnet("build", "app/app.csproj", "-v:n"));

        Assert.True(second.Succeeded, second.ToString());
        Assert.Contains(second.Lines, l => l.Contains(SkippingGenerate, StringComparison.Ordinal));
        Assert.DoesNotContain(second.Lines, l => l.Contains(GeneratePortArtifacts.MessagePrefix, StringComparison.Ordinal));
        outputs.AssertUnchanged(FileSnapshot.Of(deploy));
    }

    [Fact]
    public void The_linux_x64_copies_hold_precompiled_code_and_the_plain_copies_only_IL()
    {
        using var package = ZipFile.OpenRead(feed.PackagePath);
        foreach (var name in new[] { "PhantomMesh.BuildPorts.Core.dll", "Scriban.Signed.dll", "Tomlyn.dll", "YamlDotNet.dll" })
        {
            Assert.False(HasReadyToRunCode(package, $"tasks/net8.0/{name}"), $"tasks/net8.0/{name} is precompiled");
            Assert.True(HasReadyToRunCode(package, $"tasks/net8.0/linux-x64/{name}"), $"tasks/net8.0/linux-x64/{name} holds no ReadyToRun code");
        }
    }

    [SkippableFact]
    public void A_build_on_linux_x64_loads_the_precompiled_task_assemblies()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64, "the precompiled copies are for Linux x64 only");
        var consumer = feed.NewConsumer("readytorun");
        consumer.WriteProject("app");
        SampleSpec.WriteTo(consumer.Combine("app"));

        var build = consumer.Dotnet("build", "app/app.csproj", "-v:d");

        Assert.True(build.Succeeded, build.ToString());
        var loaded = Assert.Single(build.Lines.Distinct(), l => l.Contains("Using \"GeneratePortArtifacts\" task from assembly", StringComparison.Ordinal));
        Assert.Contains("/tasks/net8.0/linux-x64/PhantomMesh.BuildPorts.Tasks.dll", loaded, StringComparison.Ordinal);
    }

    /// <summary>ReadyToRun images carry a managed native header in their CLI header; IL-only assemblies do not.</summary>
    private static bool HasReadyToRunCode(ZipArchive package, string entry)
    {
        using var stream = new MemoryStream();
        using (var source = package.GetEntry(entry)!.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0;
    }

    [Fact]
    public void A_collision_fails_the_build_with_the_canonical_line_and_leaves_the_outputs_then_the_fix_passes()
    {
        var consumer = feed.NewConsumer("collision");
        var project = consumer.WriteProject("app");
        var spec = SampleSpec.WriteTo(consumer.Combine("app"));
        var deploy = consumer.Combine("app", "artifacts", "deploy");
        var good = consumer.Dotnet("build", "app/app.csproj");
        Assert.True(good.Succeeded, good.ToString());
        var before = FileSnapshot.Of(deploy);

        File.WriteAllText(spec, SampleSpec.Collision);
        var failed = Timed("collision", () => consumer.Dotnet("build", "app/app.csproj"));

        Assert.Equal(1, failed.ExitCode);
        var (line, column) = SampleSpec.PositionOfLastHostPort(SampleSpec.Collision, 24510);
        var canonical = $"{spec}({line},{column}): error PM1201: ";
        var errorLine = Assert.Single(failed.Lines.Distinct(), l => l.StartsWith(canonical, StringComparison.Ordinal));
        var match = Annotation.Match(errorLine);
        Assert.True(match.Success, errorLine);
        Assert.Equal((spec, $"{line}", $"{column}", "error", "PM1201", project),
            (match.Groups["file"].Value, match.Groups["line"].Value, match.Groups["col"].Value, match.Groups["severity"].Value, match.Groups["code"].Value, match.Groups["project"].Value));
        // The annotation carries the whole message, the other port's position included.
        Assert.Contains($"{spec}(", match.Groups["message"].Value, StringComparison.Ordinal);
        before.AssertUnchanged(FileSnapshot.Of(deploy));

        File.WriteAllText(spec, SampleSpec.ValidMoved);
        var fixedBuild = consumer.Dotnet("build", "app/app.csproj");

        Assert.True(fixedBuild.Succeeded, fixedBuild.ToString());
        Assert.Contains("- 24521", File.ReadAllText(Path.Combine(deploy, "ports.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_neighbours_Compose_file_in_includes_fails_the_build_with_the_canonical_line_and_a_change_to_it_reruns_the_build()
    {
        var consumer = feed.NewConsumer("compose-include");
        var project = consumer.WriteProject("app");
        var compose = consumer.Write("shop/docker-compose.yml", "services:\n  shop:\n    ports:\n      - \"24512:8080\"\n");
        var text = "includes = [\"../shop/docker-compose.yml\"]\n" + SampleSpec.Valid;
        var spec = SampleSpec.WriteTo(consumer.Combine("app"), text);

        var failed = Timed("Compose collision", () => consumer.Dotnet("build", "app/app.csproj"));

        Assert.Equal(1, failed.ExitCode);
        var (line, column) = SampleSpec.PositionOfLastHostPort(text, 24512);
        var errorLine = Assert.Single(failed.Lines.Distinct(), l => l.StartsWith($"{spec}({line},{column}): error PM1201: ", StringComparison.Ordinal));
        var match = Annotation.Match(errorLine);
        Assert.True(match.Success, errorLine);
        Assert.Equal(project, match.Groups["project"].Value);
        Assert.Contains("service 'shop' (ports entry \"24512:8080\"), ", match.Groups["message"].Value, StringComparison.Ordinal);
        Assert.Contains($"here: {compose}(4,", match.Groups["message"].Value, StringComparison.Ordinal);

        File.WriteAllText(compose, "services:\n  shop:\n    ports:\n      - \"24600:8080\"\n");
        var fixedBuild = consumer.Dotnet("build", "app/app.csproj", "-v:n");
        Assert.True(fixedBuild.Succeeded, fixedBuild.ToString());
        Assert.Contains(consumer.Dotnet("build", "app/app.csproj", "-v:n").Lines, l => l.Contains(SkippingGenerate, StringComparison.Ordinal));

        File.WriteAllText(compose, "services:\n  shop:\n    ports:\n      - \"24510:8080\"\n");
        var rerun = consumer.Dotnet("build", "app/app.csproj");
        Assert.Equal(1, rerun.ExitCode);
        Assert.Contains(rerun.Lines, l => l.Contains("error PM1201: Host port 24510/tcp", StringComparison.Ordinal));
    }

    [Fact]
    public void A_multi_targeted_consumer_generates_once()
    {
        var consumer = feed.NewConsumer("multi-target");
        consumer.WriteProject("lib", "net8.0;net10.0");
        SampleSpec.WriteTo(consumer.Combine("lib"));

        var build = Timed("net8.0;net10.0 build", () => consumer.Dotnet("build", "lib/lib.csproj", "-v:n"));

        Assert.True(build.Succeeded, build.ToString());
        Assert.Single(build.Lines, l => l.Contains(GeneratePortArtifacts.MessagePrefix, StringComparison.Ordinal));
        // The outer build generated; both inner builds found the target up to date.
        Assert.Equal(2, build.Lines.Count(l => l.Contains(SkippingGenerate, StringComparison.Ordinal)));
        Assert.True(File.Exists(consumer.Combine("lib", "bin", "Debug", "net8.0", "lib.dll")));
        Assert.True(File.Exists(consumer.Combine("lib", "bin", "Debug", "net10.0", "lib.dll")));
        Assert.Equal(SampleSpec.HelloOutput, File.ReadAllText(consumer.Combine("lib", "artifacts", "deploy", "hello.txt")));
    }

    [Fact]
    public void Clean_removes_the_files_it_generated_and_only_those()
    {
        var consumer = feed.NewConsumer("clean");
        consumer.WriteProject("app");
        SampleSpec.WriteTo(consumer.Combine("app"));
        var deploy = consumer.Combine("app", "artifacts", "deploy");
        Assert.True(consumer.Dotnet("build", "app/app.csproj").Succeeded);
        var handWritten = consumer.Write("app/artifacts/deploy/README.md", "written by hand\n");
        var handWrittenBeside = consumer.Write("app/artifacts/notes.txt", "beside the output folder\n");

        var clean = Timed("clean", () => consumer.Dotnet("clean", "app/app.csproj"));

        Assert.True(clean.Succeeded, clean.ToString());
        Assert.Equal(["README.md"], Directory.EnumerateFileSystemEntries(deploy).Select(Path.GetFileName));
        Assert.Equal("written by hand\n", File.ReadAllText(handWritten));
        Assert.True(File.Exists(handWrittenBeside));
        Assert.False(File.Exists(consumer.Combine("app", "bin", "Debug", "net8.0", "app.dll")));

        var rebuild = consumer.Dotnet("build", "app/app.csproj");
        Assert.True(rebuild.Succeeded, rebuild.ToString());
        Assert.Equal(SampleSpec.HelloOutput, File.ReadAllText(Path.Combine(deploy, "hello.txt")));
    }

    [Fact]
    public void A_design_time_build_does_not_generate()
    {
        var consumer = feed.NewConsumer("design-time");
        consumer.WriteProject("app");
        SampleSpec.WriteTo(consumer.Combine("app"), SampleSpec.Collision);

        var build = Timed("design-time build", () => consumer.Dotnet("build", "app/app.csproj", "-v:n", "-p:DesignTimeBuild=true"));

        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain(build.Lines, l => l.Contains(GeneratePortArtifacts.MessagePrefix, StringComparison.Ordinal));
        Assert.DoesNotContain(build.Lines, l => l.Contains("PM1201", StringComparison.Ordinal));
        Assert.False(Directory.Exists(consumer.Combine("app", "artifacts")));
        Assert.False(Directory.Exists(consumer.Combine("app", "obj", "phantom-ports")));
    }

    [Fact]
    public void Two_projects_sharing_a_spec_and_an_output_folder_build_in_parallel_without_races()
    {
        var consumer = feed.NewConsumer("shared");
        var spec = SampleSpec.WriteTo(consumer.Combine("deploy"));
        const string Shared = """
            <PhantomPortsSpec>../deploy/ports.toml</PhantomPortsSpec>
            <PhantomPortsOutput>../deploy/out/</PhantomPortsOutput>
            """;
        consumer.WriteProject("alpha", properties: Shared);
        consumer.WriteProject("beta", properties: Shared);
        consumer.Write("all.slnx", """
            <Solution>
              <Project Path="alpha/alpha.csproj" />
              <Project Path="beta/beta.csproj" />
            </Solution>
            """);
        var outputFolder = consumer.Combine("deploy", "out");

        string[] specs = [SampleSpec.Valid, SampleSpec.ValidMoved, SampleSpec.Valid, SampleSpec.ValidMoved];
        for (var round = 0; round < specs.Length; round++)
        {
            File.WriteAllText(spec, specs[round]);
            var build = Timed($"-m round {round + 1}", () => consumer.Dotnet("build", "all.slnx", "-m", "-v:n"));

            Assert.True(build.Succeeded, build.ToString());
            // Both projects ran the generator on the changed spec; the output folder's lock made them take turns.
            Assert.Equal(2, build.Lines.Count(l => l.Contains(GeneratePortArtifacts.MessagePrefix, StringComparison.Ordinal)));
            var last = round % 2 == 0 ? 24520 : 24521;
            Assert.Equal($"# Ports\n- 24510\n- 24512\n- {last}\n", File.ReadAllText(Path.Combine(outputFolder, "ports.md")));
            Assert.Equal(SampleSpec.HelloOutput, File.ReadAllText(Path.Combine(outputFolder, "hello.txt")));
            // No temporary file left behind, nothing but the outputs, the manifest and the lock file.
            Assert.Equal(
                [".phantom-gen-manifest", ".phantom-gen.lock", "hello.txt", "ports.md"],
                Directory.EnumerateFileSystemEntries(outputFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            var manifest = File.ReadAllText(Path.Combine(outputFolder, ".phantom-gen-manifest"));
            Assert.Contains("hello.txt", manifest, StringComparison.Ordinal);
            Assert.Contains("ports.md", manifest, StringComparison.Ordinal);
        }
    }

    private ProcessResult Timed(string what, Func<ProcessResult> run)
    {
        var result = run();
        output.WriteLine($"{what}: exit {result.ExitCode} in {result.Elapsed.TotalSeconds:0.0} s (pack took {feed.PackTime.TotalSeconds:0.0} s)");
        return result;
    }
}

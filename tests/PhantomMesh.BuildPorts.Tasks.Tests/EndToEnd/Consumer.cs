using PhantomMesh.BuildPorts.Tasks.Tests.Infrastructure;

namespace PhantomMesh.BuildPorts.Tasks.Tests.EndToEnd;

/// <summary>A project folder that consumes the packed package, as a user's repository would.</summary>
public sealed class Consumer(PackageFeed feed, string folder)
{
    public string Folder { get; } = Directory.CreateDirectory(folder).FullName;

    public string Combine(params string[] parts) => Path.Combine([Folder, .. parts]);

    public string Write(string relativePath, string text)
    {
        var path = Combine(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Writes NAME/NAME.csproj referencing the package, with one C# file so the compiler really runs; returns its path.</summary>
    public string WriteProject(string name, string targetFrameworks = "net8.0", string properties = "")
    {
        var tfm = targetFrameworks.Contains(';', StringComparison.Ordinal)
            ? $"<TargetFrameworks>{targetFrameworks}</TargetFrameworks>"
            : $"<TargetFramework>{targetFrameworks}</TargetFramework>";
        Write($"{name}/Class1.cs", $"namespace {name.Replace('-', '_')};\n\npublic static class Class1 {{ }}\n");
        return Write($"{name}/{name}.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                {tfm}
                <PhantomPortsBuiltInTemplates>false</PhantomPortsBuiltInTemplates>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{PackageFeed.PackageId}" Version="{feed.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
    }

    /// <summary><c>dotnet ARGS -nr:false -tl:off</c> in this consumer's folder.</summary>
    public ProcessResult Dotnet(params string[] arguments) => feed.Dotnet(Folder, [.. arguments, "-nr:false", "-tl:off"]);
}

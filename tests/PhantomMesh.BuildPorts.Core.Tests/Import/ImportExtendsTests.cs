namespace PhantomMesh.BuildPorts.Tests.Import;

/// <summary>import reads a service's image, build, healthcheck and networks through <c>extends</c>, as Compose does.</summary>
public sealed class ImportExtendsTests
{
    [Fact]
    public void A_service_extending_one_of_the_same_file_keeps_its_image_health_check_and_networks()
    {
        using var workspace = new ImportWorkspace(new("same-file", [("compose.yaml", """
            services:
              base:
                image: example/app:1.4
                healthcheck:
                  test: ["CMD", "curl", "-f", "http://localhost:8080/health"]
                networks: [backend]
              app:
                extends: base
                ports:
                  - "18080:8080"
            """)]));
        var spec = SpecWithImageOrBuild(workspace);

        Assert.StartsWith("[project]\nname = \"same-file\"\nnetwork = \"backend\"\n", spec, StringComparison.Ordinal);
        Assert.Contains("[containers.app]\nimage = \"example/app:1.4\"\n", spec, StringComparison.Ordinal);
        Assert.Contains("host_port = 18080\ncontainer_port = 8080\nprotocol = \"tcp\"\ntitle = \"app 8080/tcp\"\nexposure = \"public\"\nhealth = { http = \"/health\" }\n", spec, StringComparison.Ordinal);
    }

    [Fact]
    public void A_service_extending_one_of_another_file_keeps_its_build_from_that_files_folder_and_its_networks()
    {
        using var workspace = new ImportWorkspace(new("other-file", [("compose.yaml", """
            services:
              app:
                extends:
                  file: common/services.yml
                  service: api
                ports:
                  - "18081:8080"
              db:
                image: postgres:16
                networks: [backend]
            """)]));
        Directory.CreateDirectory(Path.Combine(workspace.Folder, "common"));
        workspace.Write("common/services.yml", """
            services:
              api:
                build: ./api
                healthcheck:
                  test: wget -qO- http://localhost:8080/ready
                networks:
                  backend: {}
            """);
        var spec = SpecWithImageOrBuild(workspace);

        Assert.Contains("network = \"backend\"\n", spec, StringComparison.Ordinal);
        Assert.Contains("[containers.app]\ndockerfile = \"common/api/Dockerfile\"\n", spec, StringComparison.Ordinal);
        Assert.Contains("health = { http = \"/ready\" }", spec, StringComparison.Ordinal);
    }

    [Fact]
    public void The_extending_service_and_a_later_file_win_over_what_it_extends()
    {
        using var workspace = new ImportWorkspace(new("layers", [
            ("compose.yaml", """
                services:
                  base:
                    image: example/app:1.0
                    networks: [front]
                  app:
                    extends: base
                    image: example/app:2.0
                    ports: ["18082:80"]
                """),
            ("compose.override.yaml", """
                services:
                  app:
                    image: example/app:3.0
                """),
        ]));
        workspace.Import();

        var spec = File.ReadAllText(workspace.SpecPath);

        Assert.Contains("[containers.app]\nimage = \"example/app:3.0\"\n", spec, StringComparison.Ordinal);
        Assert.Contains("[containers.base]\nimage = \"example/app:1.0\"\n", spec, StringComparison.Ordinal);
        Assert.Contains("network = \"front\"\n", spec, StringComparison.Ordinal);
    }

    /// <summary>The imported spec, after checking that no note says a service lacks an image or build.</summary>
    private static string SpecWithImageOrBuild(ImportWorkspace workspace)
    {
        var plan = workspace.Import();
        Assert.DoesNotContain(plan.NotCarried, n => n.Contains("no image or build", StringComparison.Ordinal));
        return File.ReadAllText(workspace.SpecPath);
    }
}

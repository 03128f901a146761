using PhantomMesh.BuildPorts.Import;

namespace PhantomMesh.BuildPorts.Tests.Import;

/// <summary>import --split removes from the Compose files exactly the ports entries the spec carries, as the import decided them.</summary>
public sealed class ImportSplitTests
{
    private static string BaseText(ImportPlan plan, string file)
        => plan.Files.Single(f => Path.GetFileName(f.Path) == file).Text;

    [Fact]
    public void A_service_whose_interpolated_network_mode_is_host_keeps_its_ports_and_the_others_lose_only_what_was_carried()
    {
        const string Carried = """
                  - "18080:80"
            """;
        const string CarriedLongForm = """
                  - target: 443
                    published: "${HTTPS_PORT:-18443}"
            """;
        var compose = $$"""
            services:
              agent:
                image: example/agent
                network_mode: ${MODE:-host}
                ports:
                  - "9100:9100"
              web:
                image: nginx
                ports:
            {{Carried}}
                  - "9000"
            {{CarriedLongForm}}

            """;
        using var workspace = new ImportWorkspace(new("modes", [("compose.yaml", compose)]));

        var plan = workspace.Import(split: true);

        Assert.Equal(compose.Replace(Carried + "\n", "", StringComparison.Ordinal).Replace(CarriedLongForm + "\n", "", StringComparison.Ordinal), BaseText(plan, "compose.base.yaml"));
        Assert.DoesNotContain("9100", File.ReadAllText(workspace.SpecPath).Split("# Not carried over")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_a_later_file_repeats_is_removed_from_both_files()
    {
        var split = SplitTwoFiles(
            "services:\n  web:\n    image: nginx\n    ports:\n      - \"18080:80\"\n      - \"18081:81\"\n",
            "services:\n  web:\n    ports:\n      - \"18080:80\"\n");

        Assert.Equal(("services:\n  web:\n    image: nginx\n", "services:\n  web:\n"), (split.Earlier, split.Later));
    }

    [Fact]
    public void Ports_a_later_file_resets_stay_in_the_earlier_file_and_the_reset_stays_in_the_later_one()
    {
        var split = SplitTwoFiles(
            "services:\n  web:\n    image: nginx\n    ports:\n      - \"18080:80\"\n",
            "services:\n  web:\n    ports: !reset\n      - \"18090:80\"\n");

        Assert.Equal(("services:\n  web:\n    image: nginx\n    ports:\n      - \"18080:80\"\n", "services:\n  web:\n    ports: !reset []\n"), (split.Earlier, split.Later));
        Assert.Contains("host_port = 18090", split.Spec, StringComparison.Ordinal);
        Assert.DoesNotContain("host_port = 18080", split.Spec, StringComparison.Ordinal);
    }

    /// <summary>The split of compose.yaml and compose.override.yaml: both base files and the spec.</summary>
    private static (string Earlier, string Later, string Spec) SplitTwoFiles(string earlier, string later)
    {
        using var workspace = new ImportWorkspace(new("two-files", [("compose.yaml", earlier), ("compose.override.yaml", later)]));
        var plan = workspace.Import(split: true);
        return (BaseText(plan, "compose.base.yaml"), BaseText(plan, "compose.override.base.yaml"), File.ReadAllText(workspace.SpecPath));
    }

    [Fact]
    public void A_carried_entry_in_a_file_that_extends_names_is_listed_for_removal_by_hand()
    {
        using var workspace = new ImportWorkspace(new("extended", [("compose.yaml", """
            services:
              app:
                extends:
                  file: common.yml
                  service: api
            """)]));
        workspace.Write("common.yml", "services:\n  api:\n    image: example/api\n    ports:\n      - \"18085:8080\"\n");

        var plan = workspace.Import(split: true);

        Assert.Contains("common.yml:5: this ports entry is carried into the spec, but the split rewrites only the files given; remove it by hand.", plan.NotCarried);
        Assert.Equal("services:\n  api:\n    image: example/api\n    ports:\n      - \"18085:8080\"\n", File.ReadAllText(Path.Combine(workspace.Folder, "common.yml")));
    }
}

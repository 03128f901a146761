using System.Globalization;
using System.Text;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Binding;
using PhantomMesh.BuildPorts.Loading.Toml;

namespace PhantomMesh.BuildPorts.Tests.Loading;

/// <summary>
/// Many containers bind as two halves at once: the containers, their ports and the diagnostics (in their
/// order) must be those of a binding in turn, with problems in both halves.
/// </summary>
public sealed class ContainersBinderTests
{
    [Fact]
    public void Containers_bound_in_two_halves_are_those_bound_in_turn_with_the_same_diagnostics_in_the_same_order()
    {
        var text = SpecWithProblemsEverywhere(containers: ContainersBinder.HalvesFrom * 2);

        var (inTurn, inTurnDiagnostics) = Bind(text, halvesFrom: int.MaxValue);
        var (halves, halvesDiagnostics) = Bind(text, halvesFrom: 0);

        Assert.Equal(inTurn, halves);
        Assert.Equal(inTurnDiagnostics, halvesDiagnostics);
        // Problems of both halves: the last container's unknown key, and a value that is not a table near the start.
        Assert.Contains("PM1003", inTurnDiagnostics.Split('\n')[^1], StringComparison.Ordinal);
        Assert.Contains("PM1002 containers.not-a-table must be a table", inTurnDiagnostics, StringComparison.Ordinal);
    }

    private static (string Containers, string Diagnostics) Bind(string text, int halvesFrom)
    {
        var diagnostics = new DiagnosticBag();
        var tree = TomlDocumentParser.Parse(text, "ports.toml", diagnostics)!;
        var root = new TableReader(tree, TableReader.TopLevel, diagnostics, ["project", "containers"]);

        var containers = ContainersBinder.Bind(root, "ports.toml", halvesFrom);

        var described = string.Join('\n', containers.Select(c => $"{c.Name.Value} {c.Image?.Value} {string.Join(',', c.Ports.Select(p => $"{p.Name.Value}:{p.HostPort.Value}"))}"));
        return (described, string.Join('\n', diagnostics.Items.Select(d => $"{d.Location.Line}:{d.Location.Column} {d.Code} {d.Message}")));
    }

    /// <summary>Every seventh container has an unknown key, every eleventh a port of the wrong type, and one is not a table.</summary>
    private static string SpecWithProblemsEverywhere(int containers)
    {
        var text = new StringBuilder("[project]\nname = \"many\"\n\n[containers]\nnot-a-table = 1\n");
        for (var i = 0; i < containers; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n[containers.c{i}]\nimage = \"nginx:1.27\"\n");
            if (i % 7 == 0 || i == containers - 1)
            {
                text.Append("colour = \"blue\"\n");
            }

            text.Append(CultureInfo.InvariantCulture, $"\n[containers.c{i}.ports.http]\nhost_port = {(i % 11 == 0 ? "\"x\"" : (20000 + i).ToString(CultureInfo.InvariantCulture))}\ncontainer_port = 8080\n");
        }

        return text.ToString();
    }
}

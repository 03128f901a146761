using System.Diagnostics;
using PhantomMesh.BuildPorts.Loading.Compose;
using PhantomMesh.BuildPorts.Tests.Support;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Compose;

/// <summary>Hostile Compose files, env files, port strings and substitutions: nothing throws, every problem is a located diagnostic.</summary>
public sealed class ComposeHostileInputTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    private const string Valid = """
        name: shop
        x-base: &base
          image: nginx
          ports: ["8080:80"]
        services:
          web:
            <<: *base
            network_mode: ${MODE:-bridge}
            ports:
              - "127.0.0.1:${WEB_PORT:-8081}:80/udp"
              - target: 443
                published: "9000-9001"
                host_ip: "::1"
                protocol: tcp
              - 53
        """;

    private static readonly string[] Tokens =
    [
        ":", "- ", "-", "[", "]", "{", "}", "&a", "*a", "<<: *a", "!reset", "!!int", "!!str", "? ", "|", ">", "\"", "'", "#", "\n", "\t",
        "${", "}", "$", "$$", ":-", ":?", "+", "/udp", "/", "[::1]", "65536", "0", "-1", "99999-1", "0x", "~", "null", "true",
        "\u0000", "\uFEFF", "\u00e9", "\ud83d\ude00", "services:", "ports:", "target:", "published:", "network_mode: host", "---", "...",
    ];

    public static TheoryData<string> HostileFiles() => new()
    {
        string.Empty,
        "\uFEFF",
        "\u0000\u0001\u0002",
        "services",
        "services:",
        "services: ~",
        "services: 42",
        "services:\n  ? [complex, key]\n  : {ports: [\"1:1\"]}\n",
        "services:\n  web:\n    ports: !!map {a: 1}\n",
        "services:\n  web:\n    ports:\n      - !!binary aGVsbG8=\n",
        "services:\n  web:\n    ports:\n      - !!int \"8080\"\n",
        "services:\n  web: &w\n    ports: *w\n",
        "a: &a [*a]\nservices:\n  web:\n    ports: *a\n",
        "services:\n  web:\n    <<: [1, \"x\", *nope]\n",
        "services:\n  web:\n    ports: [\"" + new string('9', 100_000) + "\"]\n",
        "services:\n  web:\n    ports: [\"" + string.Concat(Enumerable.Repeat("${A:-", 10_000)) + "\"]\n",
        "services:\n  " + new string('w', 100_000) + ":\n    ports: [\"1:1\"]\n",
        "services:\n  web:\n    network_mode: [host]\n",
        "%YAML 1.1\n---\nservices: {}\n",
        "%TAG ! tag:example.com,2000:\n---\nservices: !foo {}\n",
        "--- |\n  literal\n",
        "services:\n  web:\n    ports:\n      - >-\n        8080:80\n",
        string.Concat(Enumerable.Repeat("- ", 200_000)),
        MergeChain(100_000, "*m{0}"),
        MergeChain(60, "[*m{0}, *m{0}]"),
        string.Concat(Enumerable.Repeat("{a: ", 200_000)),
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void A_hostile_Compose_file_never_throws_and_every_problem_is_located_in_it(string yaml)
    {
        var (_, diagnostics) = ComposeFixture.Load(yaml, null, "A=${B:-$}\n\"bad");

        Assert.All(diagnostics, d =>
        {
            Assert.True(d.Location.File is ComposeFixture.File or ComposeFixture.EnvFile, d.ToString());
            Assert.True(d.Location.Line >= 1 && d.Location.Column >= 1, d.ToString());
            Assert.DoesNotContain('\n', d.Message);
        });
    }

    [Fact]
    public void Mutated_Compose_files_never_throw()
    {
        var clock = Stopwatch.StartNew();
        var cases = 0;
        for (var seed = 1; clock.Elapsed < Budget && cases < 20_000; seed++, cases++)
        {
            var random = new Random(seed);
            var text = Valid;
            for (var i = 0; i <= seed % 4; i++)
            {
                text = Mutate(text, random);
            }

            try
            {
                var (_, diagnostics) = ComposeFixture.Load(text, null, null, text);
                Assert.All(diagnostics, d => Assert.True(d.Location.Line >= 1, d.ToString()));
            }
            catch (Exception exception) when (exception is not Xunit.Sdk.XunitException)
            {
                Assert.Fail($"Seed {seed}: {exception.GetType().Name} escaped: {exception.Message}\n--- compose ---\n{text}");
            }
        }

        Assert.True(cases >= 100, $"only {cases} cases ran");
    }

    [Fact]
    public void Random_port_strings_substitutions_and_env_files_never_throw()
    {
        var random = new Random(7);
        const string alphabet = "0123456789:-/[]{}$?+.abcudptsx \n\\\"'#=";
        for (var i = 0; i < 50_000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var port = ComposePortParser.ParseShort(text);
            Assert.True(port.Port is null != (port.Error is null), text);
            _ = ComposePortParser.ParseLong(text, text, text, text);
            _ = ComposeInterpolation.Interpolate(text, name => name.Length % 2 == 0 ? text : null);
            _ = DotEnvFile.Parse(text, _ => null);
        }
    }

    [Fact]
    public void A_hostile_Compose_file_named_in_includes_is_reported_in_that_file()
    {
        using var temp = new TempSpec();
        var compose = temp.Write("n/compose.yml", "services:\n  web:\n    ports: [\"\\u0000\"]\n");
        var ours = temp.Write("o/ports.toml", "includes = [\"../n/compose.yml\"]\n[project]\nname = \"o\"\n");

        var result = SpecCheck.Run(ours);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("PM1106", compose), (error.Code, error.Location.File));
        Assert.Contains("\"?\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Compose_file_that_is_not_UTF8_is_PM1006_in_that_file()
    {
        using var temp = new TempSpec();
        var compose = Path.Combine(temp.Folder, "n", "compose.yml");
        Directory.CreateDirectory(Path.GetDirectoryName(compose)!);
        File.WriteAllBytes(compose, [0x73, 0x65, 0xff, 0xfe, 0x0a]);
        var ours = temp.Write("o/ports.toml", "includes = [\"../n/compose.yml\"]\n[project]\nname = \"o\"\n");

        var error = Assert.Single(SpecCheck.Run(ours).Diagnostics);

        Assert.Equal(("PM1006", compose), (error.Code, error.Location.File));
        Assert.EndsWith("Compose files must be UTF-8.", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Mappings that each merge the one before: a long chain, or a doubling one (2^n paths through the merges).</summary>
    private static string MergeChain(int length, string mergeOfPrevious)
    {
        var text = new System.Text.StringBuilder("m0: &m0 {ports: [\"1:1\"]}\n");
        for (var i = 1; i < length; i++)
        {
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"m{i}: &m{i} {{<<: {string.Format(System.Globalization.CultureInfo.InvariantCulture, mergeOfPrevious, i - 1)}, k{i}: 1}}\n");
        }

        return text.Append(System.Globalization.CultureInfo.InvariantCulture, $"services:\n  web:\n    <<: *m{length - 1}\n").ToString();
    }

    private static string Mutate(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        return random.Next(4) switch
        {
            0 => text.Insert(at, Tokens[random.Next(Tokens.Length)]),
            1 when text.Length > 0 => text.Remove(Math.Min(at, text.Length - 1), Math.Min(random.Next(1, 20), text.Length - Math.Min(at, text.Length - 1))),
            2 => text[..at],
            _ => text.Insert(at, text[..Math.Min(random.Next(40), text.Length)]),
        };
    }
}

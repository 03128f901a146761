using System.Globalization;
using PhantomMesh.BuildPorts.Diagnostics;
using PhantomMesh.BuildPorts.Spec;
using YamlDotNet.RepresentationModel;

namespace PhantomMesh.BuildPorts.Loading.Compose;

/// <summary>
/// Reads the services of one Compose document: each service's published ports (short and long
/// form, with variables substituted), its network mode, extends, and what an import carries besides
/// (<see cref="ComposeServiceDetailsReader"/>). Everything else in the file is Compose's business and
/// is not read. Problems are diagnostics in the Compose file.
/// </summary>
internal sealed class ComposeFileReader(string file, ComposeVariables variables, DiagnosticBag diagnostics)
{
    private static readonly string[] LongFormKeys = ["target", "published", "host_ip", "protocol", "mode", "name", "app_protocol"];

    /// <summary>Every document of a Compose file (usually one; <c>---</c> separates more), in order.</summary>
    public static List<ComposeDocument> ReadAll(SourceText source, ComposeVariables variables, DiagnosticBag diagnostics)
    {
        var yaml = ComposeYamlParser.Parse(source.Text, source.Path, diagnostics);
        var reader = new ComposeFileReader(source.Path, variables, diagnostics);
        var documents = new List<ComposeDocument>();
        foreach (var root in (yaml ?? []).Select(d => d.RootNode).Where(root => !YamlValues.IsNull(root)))
        {
            if (reader.Read(root) is { } document)
            {
                documents.Add(document);
            }
        }

        return documents;
    }

    public ComposeDocument? Read(YamlNode root)
    {
        if (root is not YamlMappingNode top)
        {
            Structure(root, $"The top level of a Compose file must be a mapping (services:, networks:, ...), not {YamlValues.Describe(root)}.");
            return null;
        }

        var name = YamlValues.Get(top, "name") is YamlScalarNode nameNode ? LocatedText(nameNode, "the project name") : null;
        var services = YamlValues.Get(top, "services");
        return new ComposeDocument(name, services is null ? [] : ReadServices(services), services is not null);
    }

    private List<ComposeService> ReadServices(YamlNode node)
    {
        var services = new List<ComposeService>();
        if (YamlValues.IsNull(node))
        {
            return services;
        }

        if (node is not YamlMappingNode mapping)
        {
            Structure(node, $"services must be a mapping of service names to services, not {YamlValues.Describe(node)}.");
            return services;
        }

        foreach (var (key, value) in YamlValues.Entries(mapping))
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } serviceName } keyScalar)
            {
                Structure(key, "A service name must be a plain string, such as web:.");
                continue;
            }

            var name = new Located<string>(serviceName, YamlLocation.Of(file, keyScalar));
            if (value is YamlMappingNode service)
            {
                services.Add(ReadService(name, service));
            }
            else if (YamlValues.IsNull(value))
            {
                services.Add(new ComposeService(name, [], null));
            }
            else
            {
                Structure(value, $"Service '{PrintableText.Of(serviceName)}' must be a mapping (image:, ports:, ...), not {YamlValues.Describe(value)}.");
            }
        }

        return services;
    }

    private ComposeService ReadService(Located<string> name, YamlMappingNode service)
    {
        var ports = new List<ComposePortEntry>();
        var portsNode = YamlValues.Get(service, "ports");
        if (portsNode is YamlSequenceNode list)
        {
            foreach (var item in list.Children)
            {
                ports.AddRange(ReadPort(name.Value, item));
            }
        }
        else if (portsNode is not null && !YamlValues.IsNull(portsNode))
        {
            Structure(portsNode, $"ports of service '{PrintableText.Of(name.Value)}' must be a list, such as [\"8080:80\"], not {YamlValues.Describe(portsNode)}.");
        }

        var networkMode = ReadNetworkMode(name.Value, YamlValues.Get(service, "network_mode"));
        var tag = portsNode?.Tag.IsEmpty == false ? portsNode.Tag.Value : string.Empty;
        return new ComposeService(name, ports, networkMode)
        {
            ReplacesPorts = tag is "!reset" or "!override",
            Extends = ReadExtends(name.Value, YamlValues.Get(service, "extends")),
            Details = ComposeServiceDetailsReader.Read(service, variables.Lookup),
        };
    }

    /// <summary><c>extends: base</c>, or <c>extends: { service: base, file: common.yml }</c>.</summary>
    private ComposeExtends? ReadExtends(string service, YamlNode? node)
    {
        if (node is null || YamlValues.IsNull(node))
        {
            return null;
        }

        var what = $"extends of service '{PrintableText.Of(service)}'";
        if (node is YamlScalarNode scalar && YamlValues.Kind(scalar) == YamlScalarKind.String)
        {
            return LocatedText(scalar, what) is { } name ? new ComposeExtends(name, null) : null;
        }

        if (node is YamlMappingNode mapping && YamlValues.Get(mapping, "service") is YamlScalarNode serviceNode && YamlValues.Kind(serviceNode) == YamlScalarKind.String)
        {
            var file = YamlValues.Get(mapping, "file");
            if (file is null)
            {
                return LocatedText(serviceNode, what) is { } sameFile ? new ComposeExtends(sameFile, null) : null;
            }

            if (file is YamlScalarNode fileNode && YamlValues.Kind(fileNode) == YamlScalarKind.String)
            {
                return LocatedText(serviceNode, what) is { } baseName && LocatedText(fileNode, what) is { } path ? new ComposeExtends(baseName, path) : null;
            }

            Structure(file, $"file in {what} must be a path string, not {YamlValues.Describe(file)}.");
            return null;
        }

        Structure(node, $"{what} must name a service (extends: base) or be a mapping with service: and an optional file:, not {YamlValues.Describe(node)}.");
        return null;
    }

    private Located<string>? LocatedText(YamlScalarNode scalar, string what)
        => Substitute(scalar, what) is { } text ? new Located<string>(text, YamlLocation.Of(file, scalar)) : null;

    private Located<string>? ReadNetworkMode(string service, YamlNode? node)
    {
        if (node is null || YamlValues.IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar && YamlValues.Kind(scalar) == YamlScalarKind.String)
        {
            return LocatedText(scalar, $"network_mode of service '{PrintableText.Of(service)}'");
        }

        Structure(node, $"network_mode of service '{PrintableText.Of(service)}' must be a string such as host or bridge, not {YamlValues.Describe(node)}.");
        return null;
    }

    private IEnumerable<ComposePortEntry> ReadPort(string service, YamlNode item)
    {
        switch (item)
        {
            case YamlScalarNode scalar when YamlValues.Kind(scalar) == YamlScalarKind.Integer:
                return Short(service, scalar, IntegerText(scalar.Value!));
            case YamlScalarNode scalar when YamlValues.Kind(scalar) == YamlScalarKind.String:
                return Substitute(scalar, $"the ports entry \"{PrintableText.Of(scalar.Value!)}\" of service '{PrintableText.Of(service)}'") is { } text ? Short(service, scalar, text) : [];
            case YamlMappingNode mapping:
                return Long(service, mapping);
            default:
                Structure(item, $"A ports entry of service '{PrintableText.Of(service)}' must be a string such as \"8080:80\", a number or a mapping with target:, not {YamlValues.Describe(item)}.");
                return [];
        }
    }

    private IEnumerable<ComposePortEntry> Short(string service, YamlScalarNode scalar, string text)
    {
        var parsed = ComposePortParser.ParseShort(text);
        if (parsed.Port is { } port)
        {
            var at = YamlLocation.Of(file, scalar);
            return [new ComposePortEntry(port, scalar.Value!, at, [at])];
        }

        var became = text == scalar.Value ? string.Empty : $" (\"{PrintableText.Of(text)}\" once variables are substituted)";
        diagnostics.Add(DiagnosticCatalog.InvalidComposePort, YamlLocation.Of(file, scalar),
            $"The ports entry \"{PrintableText.Of(scalar.Value!)}\"{became} of service '{PrintableText.Of(service)}' is not a mapping Compose accepts: {parsed.Error}.");
        return [];
    }

    private IEnumerable<ComposePortEntry> Long(string service, YamlMappingNode mapping)
    {
        var fields = new Dictionary<string, (string? Text, YamlNode Node)>(StringComparer.Ordinal);
        var usable = true;
        foreach (var (key, value) in YamlValues.Entries(mapping))
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (name.StartsWith("x-", StringComparison.Ordinal))
            {
                continue;
            }

            if (!LongFormKeys.Contains(name))
            {
                Structure(key, $"Unknown key '{PrintableText.Of(name)}' in a ports entry of service '{PrintableText.Of(service)}'; the long form takes {string.Join(", ", LongFormKeys)}.");
                usable = false;
                continue;
            }

            var text = FieldText(service, name, value);
            usable &= text.Usable;
            fields[name] = (text.Value, value);
        }

        if (!usable)
        {
            return [];
        }

        string? Field(string key) => fields.TryGetValue(key, out var field) ? field.Text : null;
        var parsed = ComposePortParser.ParseLong(Field("target"), Field("published"), Field("host_ip"), Field("protocol"));
        if (parsed.Port is not { } port)
        {
            var at = parsed.Field is { } faulty && fields.TryGetValue(faulty, out var field) ? field.Node : mapping;
            diagnostics.Add(DiagnosticCatalog.InvalidComposePort, YamlLocation.Of(file, at),
                $"A ports entry of service '{PrintableText.Of(service)}' is not a mapping Compose accepts: {parsed.Error}.");
            return [];
        }

        port = port with { Name = Field("name") };
        var location = fields.TryGetValue("published", out var published) ? published.Node : mapping;
        return [new ComposePortEntry(port, port.ToShortSyntax(), YamlLocation.Of(file, location), [YamlLocation.Of(file, mapping)])];
    }

    /// <summary>A long-form field as text: numbers where Compose takes them, strings with variables substituted.</summary>
    private (bool Usable, string? Value) FieldText(string service, string key, YamlNode value)
    {
        var numeric = key is "target" or "published";
        switch (value)
        {
            case YamlScalarNode scalar when YamlValues.Kind(scalar) == YamlScalarKind.Null:
                return (true, null);
            case YamlScalarNode scalar when numeric && YamlValues.Kind(scalar) == YamlScalarKind.Integer:
                return (true, IntegerText(scalar.Value!));
            case YamlScalarNode scalar when YamlValues.Kind(scalar) == YamlScalarKind.String:
                var text = Substitute(scalar, $"{key} of a ports entry of service '{PrintableText.Of(service)}'");
                return (text is not null, text);
            default:
                Structure(value, $"{key} in a ports entry of service '{PrintableText.Of(service)}' must be {(numeric ? "a number or a string" : "a string")}, not {YamlValues.Describe(value)}.");
                return (false, null);
        }
    }

    /// <summary>The scalar's value with variables substituted; null (and an error reported) when Compose would refuse it.</summary>
    private string? Substitute(YamlScalarNode scalar, string what)
    {
        var text = scalar.Value ?? string.Empty;
        var result = ComposeInterpolation.Interpolate(text, variables.Lookup);
        if (result.Error is { } error)
        {
            diagnostics.Add(DiagnosticCatalog.ComposeInterpolation, YamlLocation.Within(file, scalar, result.ErrorIndex),
                $"Compose cannot substitute the variables of {what}: {error}.");
            return null;
        }

        foreach (var unset in result.Unset.DistinctBy(u => u.Name))
        {
            diagnostics.Add(DiagnosticCatalog.ComposeVariableUnset, YamlLocation.Within(file, scalar, unset.Index),
                $"Variable '{PrintableText.Of(unset.Name)}' is not set, so Compose reads {what} as \"{PrintableText.Of(result.Value!)}\"; "
                + $"set it in the environment or in {variables.EnvFileHint}, or give it a default: ${{{PrintableText.Of(unset.Name)}:-value}}.");
        }

        return result.Value;
    }

    private void Structure(YamlNode node, string message)
        => diagnostics.Add(DiagnosticCatalog.ComposeStructure, YamlLocation.Of(file, node), message);

    /// <summary>A YAML 1.2 integer (decimal, 0o octal or 0x hex) in decimal, as Compose turns a numeric port into text.</summary>
    private static string IntegerText(string value)
    {
        try
        {
            return value switch
            {
                _ when value.StartsWith("0x", StringComparison.Ordinal) => Convert.ToInt64(value[2..], 16).ToString(CultureInfo.InvariantCulture),
                _ when value.StartsWith("0o", StringComparison.Ordinal) => Convert.ToInt64(value[2..], 8).ToString(CultureInfo.InvariantCulture),
                _ when long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) => number.ToString(CultureInfo.InvariantCulture),
                _ => value,
            };
        }
        catch (Exception exception) when (exception is OverflowException or FormatException or ArgumentException)
        {
            return value; // Too large for any port: the port parser says so.
        }
    }
}

using System.Text;
using PhantomMesh.BuildPorts.Rendering.Functions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PhantomMesh.BuildPorts.Rendering.Compiled;

/// <summary>
/// What the built-in PORTS.md.sbn renders, written by .NET code: at 100,000 ports the template was a third of the
/// rendering (its tables evaluate a dozen expressions per port). It reads the model and calls the template's
/// functions (<c>md_cell</c>, <c>health_text</c>, ...) through the same context, so values and their text are the
/// template's; <c>CompiledTemplateTests</c> renders both ways and compares them byte for byte on many specs.
/// A change to PORTS.md.sbn needs the same change here.
/// </summary>
internal static class PortsMarkdown
{
    public const string TemplateName = "PORTS.md.sbn";

    private static readonly ScriptVariableGlobal Project = new("project");
    private static readonly ScriptVariableGlobal Environment = new("environment");
    private static readonly ScriptVariableGlobal Generator = new("generator");
    private static readonly ScriptVariableGlobal Ports = new("ports");
    private static readonly ScriptVariableGlobal Groups = new("groups");
    private static readonly ScriptVariableGlobal Ungrouped = new("ungrouped_ports");
    private static readonly ScriptVariableGlobal Migration = new("migration");
    private static readonly ScriptVariableGlobal Reserved = new("reserved");

    /// <summary>How many loop steps the template takes at most: <see cref="CompiledTemplates"/> leaves a render that may reach the loop limit to Scriban.</summary>
    public static long LoopSteps(TemplateContext context)
        => Count(context, Ports) + Count(context, Groups) + Count(context, Ungrouped) + Count(context, Migration) + Count(context, Reserved);

    /// <param name="templateText">The built-in template's text, whose fixed section on exposure is copied as it stands.</param>
    public static string Render(TemplateContext context, string templateText)
    {
        var text = new StringBuilder();
        var project = context.GetValue(Project);
        var environment = context.GetValue(Environment);
        text.Append("<!-- ").Append(Text(context, NameFunctions.GeneratedNotice(context).Replace(">", "&gt;", StringComparison.Ordinal))).Append(" -->\n\n");
        text.Append("# ").Append(Text(context, SafeTextFunctions.MdCell(SafeTextFunctions.OneLine(Member(project, "name"))))).Append(" ports\n\n");
        if (context.ToBool(default, Member(environment, "name")))
        {
            var offset = Member(environment, "port_offset");
            var offsetText = Equals(offset, 0) ? string.Empty : " (port offset " + Text(context, offset) + ")";
            text.Append("Environment ").Append(Text(context, Member(environment, "name"))).Append(offsetText).Append(".\n");
        }

        if (Member(project, "host_range") is { } hostRange && context.ToBool(default, hostRange))
        {
            text.Append("Host range ").Append(Text(context, Member(hostRange, "text"))).Append(" (").Append(Text(context, Member(hostRange, "size"))).Append(" ports).\n");
        }

        text.Append("Every figure below is computed from ").Append(Text(context, SafeTextFunctions.MdCell(Member(context.GetValue(Generator), "spec_file"))))
            .Append("; edit that file, not this one.\n\n## Quick lookup\n\n| Port | Service | Type | Container | Health check | Exposure |\n| ---: | --- | --- | --- | --- | --- |");
        foreach (var port in List(context, Ports))
        {
            text.Append("\n| ").Append(Text(context, Member(port, "host_port")))
                .Append(" | ").Append(Md(context, Member(port, "title")))
                .Append(" | ").Append(Text(context, Member(port, "protocol_upper")))
                .Append(" | ").Append(Md(context, Member(port, "container")))
                .Append(" | ").Append(Md(context, PortFunctions.HealthText(context, port)))
                .Append(" | ").Append(Md(context, PortFunctions.ExposureText(context, port)))
                .Append(" |");
        }

        text.Append("\n\n").Append(ExposureSection(templateText)).Append("\n\n## Ports by group");
        foreach (var group in List(context, Groups))
        {
            text.Append("\n\n### ").Append(Text(context, SafeTextFunctions.MdCell(SafeTextFunctions.OneLine(Member(group, "title")))))
                .Append(" (").Append(Text(context, Member(Member(group, "range"), "text"))).Append(')');
            var ports = (ScriptArray)Member(group, "ports")!;
            if (ports.Count == 0)
            {
                text.Append("\n\nNo port yet.");
            }
            else
            {
                AppendPortTable(context, text, ports);
            }
        }

        var ungrouped = List(context, Ungrouped);
        if (ungrouped.Count > 0)
        {
            text.Append("\n\n### Not in a group");
            AppendPortTable(context, text, ungrouped);
        }

        text.Append("\n\n## Migration\n\n| Service | Container | Old port | New port | Container port | Protocol |\n| --- | --- | ---: | ---: | ---: | --- |");
        foreach (var row in List(context, Migration))
        {
            text.Append("\n| ").Append(Md(context, Member(row, "title")))
                .Append(" | ").Append(Md(context, Member(row, "container")))
                .Append(" | ").Append(Text(context, Member(row, "old_port") ?? "(new)"))
                .Append(" | ").Append(Text(context, Member(row, "new_port")))
                .Append(" | ").Append(Text(context, Member(row, "container_port")))
                .Append(" | ").Append(Text(context, Member(row, "protocol_upper")))
                .Append(" |");
        }

        text.Append("\n\n## Usage\n\n| Group | Range | Size | Used | Reserved | Free | Free % |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var group in List(context, Groups))
        {
            text.Append('\n').Append(UsageRow(context, Member(group, "title"), Member(group, "range"), Member(group, "usage")));
        }

        if (Member(project, "usage") is { } total && context.ToBool(default, total))
        {
            text.Append('\n').Append(UsageRow(context, "Total", Member(project, "host_range"), total));
        }

        text.Append("\n\nUsed counts ports of this spec; reserved counts reserved ports that are not in use.\n\n## Reserved");
        var reserved = List(context, Reserved);
        if (reserved.Count == 0)
        {
            text.Append("\n\nNothing is reserved.");
        }
        else
        {
            text.Append("\n\n| Port | Name | Title | Purpose |\n| ---: | --- | --- | --- |");
            foreach (var entry in reserved)
            {
                text.Append("\n| ").Append(Text(context, Member(Member(entry, "range"), "text")))
                    .Append(" | ").Append(Md(context, Member(entry, "name")))
                    .Append(" | ").Append(Md(context, Member(entry, "title")))
                    .Append(" | ").Append(Md(context, Member(entry, "purpose")))
                    .Append(" |");
            }
        }

        return text.Append('\n').ToString();
    }

    /// <summary>The fixed text between the quick lookup and the tables by group, from the template itself so that it has one source.</summary>
    private static string ExposureSection(string templateText)
    {
        var start = templateText.IndexOf("## Exposure on a Docker host", StringComparison.Ordinal);
        return templateText[start..templateText.IndexOf("\n\n## Ports by group", start, StringComparison.Ordinal)];
    }

    private static void AppendPortTable(TemplateContext context, StringBuilder text, ScriptArray ports)
    {
        text.Append("\n\n| Port | Service | Purpose | Container port |\n| ---: | --- | --- | --- |");
        foreach (var port in ports)
        {
            text.Append("\n| ").Append(Text(context, Member(port, "host_port")))
                .Append(" | ").Append(Md(context, Member(port, "title")))
                .Append(" | ").Append(Md(context, Member(port, "purpose")))
                .Append(" | ").Append(Text(context, Member(port, "container_port"))).Append('/').Append(Text(context, Member(port, "protocol")))
                .Append(" |");
        }
    }

    /// <summary>The template's <c>usage_row</c>: its <c>+</c> makes each value text as Scriban does, and the row is written as one value.</summary>
    private static string UsageRow(TemplateContext context, object? title, object? range, object? usage)
        => Text(context, "| " + SafeTextFunctions.MdCell(title) + " | " + SafeTextFunctions.MdCell(Member(range, "text"))
            + " | " + Text(context, Member(usage, "size")) + " | " + Text(context, Member(usage, "used")) + " | " + Text(context, Member(usage, "reserved"))
            + " | " + Text(context, Member(usage, "free")) + " | " + Text(context, Member(usage, "free_percent")) + " |");

    private static string Md(TemplateContext context, object? value) => Text(context, SafeTextFunctions.MdCell(value));

    /// <summary>A value as <c>{{ value }}</c> writes it, with Scriban's limit on one value's length.</summary>
    private static string Text(TemplateContext context, object? value) => ModelMembers.Text(context, value);

    private static object? Member(object? target, string member) => ModelMembers.Get(target, member, TemplateName);

    private static ScriptArray List(TemplateContext context, ScriptVariableGlobal variable) => (ScriptArray)context.GetValue(variable)!;

    private static long Count(TemplateContext context, ScriptVariableGlobal variable) => context.GetValue(variable) is ScriptArray list ? list.Count : 0;
}

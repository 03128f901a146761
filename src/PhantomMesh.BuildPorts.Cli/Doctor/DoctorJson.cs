using PhantomMesh.BuildPorts.Cli.Doctor.Docker;
using PhantomMesh.BuildPorts.Cli.Formatting;
using PhantomMesh.BuildPorts.Spec;

namespace PhantomMesh.BuildPorts.Cli.Doctor;

/// <summary>doctor --format json: whether the engine answered, and one object per published host port.</summary>
internal static class DoctorJson
{
    public static void Write(TextWriter output, EngineAnswer engine, IReadOnlyList<(PortMapping Port, PortVerdict Verdict)> verdicts)
    {
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteStartObject("engine");
            json.WriteBoolean("reachable", engine.Reachable);
            json.WriteString("note", engine.Note);
            json.WriteEndObject();
            json.WriteStartArray("ports");
            foreach (var (port, verdict) in verdicts)
            {
                json.WriteStartObject();
                json.WriteNumber("hostPort", port.HostPort.Value);
                json.WriteString("protocol", port.Protocol.Value.ToLowerName());
                json.WriteString("hostIp", port.PublishedAddress?.ToString());
                json.WriteString("container", port.Container.Name);
                json.WriteString("name", port.Name.Value);
                json.WriteString("state", verdict.JsonState);
                json.WriteString("heldBy", verdict.Holder);
                if (verdict.Container is { } container)
                {
                    json.WriteStartObject("heldByContainer");
                    json.WriteString("name", container.Name);
                    json.WriteString("composeProject", container.ComposeProject);
                    json.WriteString("composeService", container.ComposeService);
                    json.WriteEndObject();
                }

                json.WriteString("heldByProcess", verdict.Process);
                json.WriteString("detail", verdict.Detail);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}

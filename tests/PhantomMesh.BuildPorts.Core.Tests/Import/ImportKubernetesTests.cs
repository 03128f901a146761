using PhantomMesh.BuildPorts.Spec;
using PhantomMesh.BuildPorts.Tests.Rendering.Generated;
using PhantomMesh.BuildPorts.Validation;

namespace PhantomMesh.BuildPorts.Tests.Import;

/// <summary>
/// import --k8s: hand-written Services name the containers' Services and their ports; with --split the
/// spec owns only the ports, and kubectl kustomize of the hand-written Services plus the generated
/// patches gives Services whose ports are the spec's, TCP and UDP on one number included.
/// </summary>
public sealed class ImportKubernetesTests
{
    private static readonly ImportFixtures.Project Dns = new("dns", [("docker-compose.yml", """
        services:
          coredns:
            image: coredns/coredns:1.11
            ports:
              - "1053:53/udp"
              - "1053:53/tcp"
              - "127.0.0.1:9153:9153"
        """)]);

    private const string Services = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: coredns
        spec:
          selector:
            matchLabels:
              app: coredns
          template:
            metadata:
              labels:
                app: coredns
            spec:
              containers:
                - name: coredns
                  image: coredns/coredns:1.11
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: kube-dns
        spec:
          selector:
            app: coredns
          ports:
            - name: dns
              port: 53
              targetPort: 53
              protocol: UDP
            - name: dns-tcp
              port: 53
              targetPort: 53
              protocol: TCP
            - name: metrics
              port: 9153
              targetPort: 9153
        """;

    [Fact]
    public void A_service_selecting_a_compose_service_names_its_container_service_and_port_names()
    {
        using var workspace = new ImportWorkspace(Dns);
        workspace.Write("services.yaml", Services);
        workspace.Import(manifests: [Path.Combine(workspace.Folder, "services.yaml")]);
        var spec = File.ReadAllText(workspace.SpecPath);

        Assert.Contains("[containers.coredns]\nimage = \"coredns/coredns:1.11\"\nservice = \"kube-dns\"\n", spec, StringComparison.Ordinal);
        Assert.Contains("[containers.coredns.ports.dns]\nhost_port = 1053\ncontainer_port = 53\nprotocol = \"udp\"", spec, StringComparison.Ordinal);
        Assert.Contains("[containers.coredns.ports.dns-tcp]\nhost_port = 1053\ncontainer_port = 53\nprotocol = \"tcp\"", spec, StringComparison.Ordinal);
        Assert.Contains("[containers.coredns.ports.metrics]\nhost_ip = \"127.0.0.1\"\nhost_port = 9153", spec, StringComparison.Ordinal);
        Assert.False(SpecCheck.Run(workspace.SpecPath).HasErrors);
    }

    [SkippableFact]
    public async Task Kustomize_of_the_hand_written_services_and_the_generated_patches_gives_the_imported_ports()
    {
        using var workspace = new ImportWorkspace(Dns);
        workspace.Write("services.yaml", Services);
        workspace.Import(split: true, manifests: [Path.Combine(workspace.Folder, "services.yaml")]);
        using var generated = GeneratedOutput.FromFile(workspace.SpecPath, null);
        var overlay = Path.Combine(workspace.Folder, "overlay");
        Directory.CreateDirectory(overlay);
        File.Copy(Path.Combine(workspace.Folder, "services.yaml"), Path.Combine(overlay, "services.yaml"));
        File.WriteAllText(Path.Combine(overlay, "kustomization.yaml"),
            "resources:\n  - services.yaml\ncomponents:\n  - " + Path.GetRelativePath(overlay, generated.PathOf("k8s/ports")) + "\n");

        var result = await Consumers.Accepts("kubectl", ["kustomize", overlay], overlay);

        var service = Assert.Single(Consumers.SplitDocuments(result.StdOut).Where(d => d.Contains("kind: Service", StringComparison.Ordinal)).SelectMany(Consumers.KubernetesServices));
        var expected = generated.Specs.Root.Ports
            .Select(p => (p.Name.Value, p.Protocol.Value.ToUpperName(), p.HostPort.Value, p.ContainerPort.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Order();
        Assert.Equal(expected, service.Spec.Ports.Select(p => (p.Name, p.Protocol, p.Port, p.TargetPort.Value)).Order());
        Assert.Contains(service.Spec.Ports, p => p is { Port: 1053, Protocol: "TCP" });
        Assert.Contains(service.Spec.Ports, p => p is { Port: 1053, Protocol: "UDP" });
    }
}

using System.Collections.ObjectModel;

namespace PhantomMesh.BuildPorts.Iana;

/// <summary>
/// A snapshot of IANA's Service Name and Transport Protocol Port Number Registry
/// (tcp, udp and sctp entries that name a service), indexed by protocol and port.
/// </summary>
internal sealed class IanaRegistry
{
    internal const string ResourceName = "PhantomMesh.BuildPorts.Iana.iana-ports.tsv";
    internal const int MaxPort = 65535;

    private static readonly Lazy<IanaRegistry> DefaultRegistry = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly IReadOnlyList<IanaServiceEntry> NoEntries = Array.Empty<IanaServiceEntry>();

    private readonly IanaPortIndex[] _indexByProtocol;

    private IanaRegistry(IReadOnlyList<IanaServiceEntry> entries, string sourceDescription)
    {
        Count = entries.Count;
        SourceDescription = sourceDescription;
        _indexByProtocol = new IanaPortIndex[IanaProtocols.All.Length];
        for (var protocol = 0; protocol < _indexByProtocol.Length; protocol++)
        {
            _indexByProtocol[protocol] = new IanaPortIndex(entries, IanaProtocols.All[protocol]);
        }
    }

    /// <summary>The snapshot embedded in this assembly, loaded on first use.</summary>
    public static IanaRegistry Default => DefaultRegistry.Value;

    /// <summary>The number of entries (port or range, protocol, service name).</summary>
    public int Count { get; }

    /// <summary>Where the snapshot came from, as its header says, e.g. "service-names-port-numbers 2.0.0".</summary>
    public string SourceDescription { get; }

    /// <summary>
    /// The entries whose port range contains <paramref name="port"/> for <paramref name="protocol"/>
    /// (case-insensitive), in file order. Empty for a port outside 0-65535 or an unknown protocol.
    /// </summary>
    public IReadOnlyList<IanaServiceEntry> Lookup(int port, string protocol)
    {
        var index = IndexFor(port, protocol);
        if (index is null)
        {
            return NoEntries;
        }

        var found = index.EntriesAt(port);
        return found.Count == 0 ? NoEntries : new ReadOnlyCollection<IanaServiceEntry>(found);
    }

    /// <summary>Whether any service is registered on <paramref name="port"/> for <paramref name="protocol"/>.</summary>
    public bool IsRegistered(int port, string protocol) => IndexFor(port, protocol)?.EntriesAt(port).Count > 0;

    /// <summary>Reads a snapshot in the format of the embedded <c>iana-ports.tsv</c>.</summary>
    /// <exception cref="FormatException">A line is malformed; the message gives its number.</exception>
    public static IanaRegistry Parse(TextReader reader)
    {
        var (entries, source) = IanaSnapshotReader.Read(reader);
        return new IanaRegistry(entries, source);
    }

    private IanaPortIndex? IndexFor(int port, string protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        if (port is < 0 or > MaxPort)
        {
            return null;
        }

        var slot = IanaProtocols.IndexOf(protocol);
        return slot < 0 ? null : _indexByProtocol[slot];
    }

    private static IanaRegistry LoadEmbedded()
    {
        using var stream = typeof(IanaRegistry).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}

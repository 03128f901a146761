using System.Collections.ObjectModel;
using System.Text;

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

    private readonly byte[] _text;
    private readonly IanaProtocolTable[] _tables;
    private readonly IanaServiceEntry?[] _entries;

    private IanaRegistry(byte[] utf8Text)
    {
        var (lines, source) = IanaSnapshotReader.Read(utf8Text);
        _tables = new IanaProtocolTable[IanaProtocols.All.Length];
        for (var slot = 0; slot < _tables.Length; slot++)
        {
            _tables[slot] = new IanaProtocolTable(lines, slot);
        }

        _text = utf8Text;
        Count = lines.Count;
        SourceDescription = source;
        _entries = new IanaServiceEntry?[Count];
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
        var table = TableFor(port, protocol);
        var found = table is null ? default : table.LinesAt(port);
        if (found.IsEmpty)
        {
            return NoEntries;
        }

        var entries = new IanaServiceEntry[found.Length];
        for (var i = 0; i < found.Length; i++)
        {
            // Read from the text on first use. Two threads may both read it; either copy is right.
            entries[i] = _entries[found[i].Ordinal] ??= IanaSnapshotReader.Entry(_text, found[i]);
        }

        return new ReadOnlyCollection<IanaServiceEntry>(entries);
    }

    /// <summary>Whether any service is registered on <paramref name="port"/> for <paramref name="protocol"/>.</summary>
    public bool IsRegistered(int port, string protocol) => TableFor(port, protocol)?.Covers(port) == true;

    /// <summary>Reads a snapshot in the format of the embedded <c>iana-ports.tsv</c>.</summary>
    /// <exception cref="FormatException">A line is malformed; the message gives its number.</exception>
    public static IanaRegistry Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new IanaRegistry(Encoding.UTF8.GetBytes(reader.ReadToEnd()));
    }

    private IanaProtocolTable? TableFor(int port, string protocol)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        if (port is < 0 or > MaxPort)
        {
            return null;
        }

        var slot = IanaProtocols.IndexOf(protocol);
        return slot < 0 ? null : _tables[slot];
    }

    private static IanaRegistry LoadEmbedded()
    {
        using var stream = typeof(IanaRegistry).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return new IanaRegistry(bytes);
    }
}

using System.Text;

namespace PhantomMesh.BuildPorts.Cli.Formatting;

/// <summary>
/// Reads the line a diagnostic points at, reading each file once. A file is kept as its bytes with
/// the offsets of its lines, not as a string per line: a large spec has a million lines.
/// </summary>
internal sealed class SourceLines
{
    private const long MaxFileLength = 64 * 1024 * 1024;

    private readonly Dictionary<string, IndexedText?> _files = new(StringComparer.Ordinal);

    public string? Line(string file, int line)
    {
        if (!_files.TryGetValue(file, out var text))
        {
            text = Read(file);
            _files[file] = text;
        }

        return text?.Line(line);
    }

    private static IndexedText? Read(string file)
    {
        try
        {
            return File.Exists(file) && new FileInfo(file).Length < MaxFileLength ? new IndexedText(Utf8(File.ReadAllBytes(file))) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The bytes as UTF-8. A UTF-16 or UTF-32 file (a spec saved so by mistake: its diagnostic says so at line 1) is
    /// re-encoded, so its lines read as an editor shows them, as File.ReadAllLines reads them.
    /// </summary>
    private static byte[] Utf8(byte[] bytes)
    {
        var span = bytes.AsSpan();
        return span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || span.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF])
            ? Encoding.UTF8.GetBytes(new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true).ReadToEnd())
            : bytes;
    }

    /// <summary>
    /// A file's bytes and where each of its lines starts; lines end as File.ReadAllLines ends them (\n, \r\n or \r).
    /// Only the lines asked for are decoded: a spec with thousands of warnings is 16 MB, and decoding it
    /// whole cost a fifth of a check.
    /// </summary>
    private sealed class IndexedText
    {
        private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

        private readonly byte[] _bytes;
        private readonly List<int> _starts;

        public IndexedText(byte[] bytes)
        {
            _bytes = bytes;
            var text = bytes.AsSpan();
            var first = text.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;

            // Sized up front: a list grown to a million lines is reallocated about twenty times.
            _starts = new List<int>(text.Count((byte)'\n') + text.Count((byte)'\r') + 1);
            if (text.Length > first)
            {
                _starts.Add(first);
            }

            var position = first;
            while (position < text.Length)
            {
                var next = text[position..].IndexOfAny((byte)'\r', (byte)'\n');
                if (next < 0)
                {
                    break;
                }

                position += next;
                position += text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n' ? 2 : 1;
                if (position < text.Length)
                {
                    _starts.Add(position);
                }
            }
        }

        public string? Line(int number)
        {
            if (number < 1 || number > _starts.Count)
            {
                return null;
            }

            var start = _starts[number - 1];
            var end = number < _starts.Count ? _starts[number] : _bytes.Length;
            while (end > start && _bytes[end - 1] is (byte)'\n' or (byte)'\r')
            {
                end--;
            }

            return Encoding.UTF8.GetString(_bytes, start, end - start);
        }
    }
}

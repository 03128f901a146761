namespace PhantomMesh.BuildPorts.Cli.Formatting;

/// <summary>
/// Reads the line a diagnostic points at, reading each file once. A file is kept as one string with
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
            return File.Exists(file) && new FileInfo(file).Length < MaxFileLength ? new IndexedText(File.ReadAllText(file)) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>A text and where each of its lines starts; lines end as File.ReadAllLines ends them (\n, \r\n or \r).</summary>
    private sealed class IndexedText
    {
        private readonly string _text;
        private readonly List<int> _starts;

        public IndexedText(string text)
        {
            _text = text;

            // Sized up front: a list grown to a million lines is reallocated about twenty times.
            _starts = new List<int>(text.AsSpan().Count('\n') + text.AsSpan().Count('\r') + 1);
            if (text.Length > 0)
            {
                _starts.Add(0);
            }

            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                if (text[i] is '\n' or '\r' && i + 1 < text.Length)
                {
                    _starts.Add(i + 1);
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
            var end = number < _starts.Count ? _starts[number] : _text.Length;
            while (end > start && _text[end - 1] is '\n' or '\r')
            {
                end--;
            }

            return _text[start..end];
        }
    }
}

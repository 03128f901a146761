using System.Buffers;
using PhantomMesh.BuildPorts.Paths;

namespace PhantomMesh.BuildPorts.Output.Planning;

/// <summary>What a target's path holds compared with the text to write there.</summary>
internal enum OnDisk
{
    Missing,
    Same,
    Different,
    Folder,
}

/// <summary>The outcome of comparing one target: its state, and for a file that differs the bytes it held.</summary>
internal readonly record struct Comparison(OnDisk State, PreviousContent Previous);

/// <summary>
/// Compares a file on disk with the text to write, reading the file once and allocating nothing for a file that
/// is unchanged (what nearly every build finds): lengths first, then the text encoded and the file read chunk by
/// chunk side by side. A file that differs is read whole, as the bytes to put back if the write stops halfway.
/// </summary>
internal static class OnDiskComparison
{
    private const int ChunkBytes = 64 * 1024;

    public static Comparison Compare(IOutputFileSystem fileSystem, string path, string content)
    {
        try
        {
            if (fileSystem.DirectoryExists(path))
            {
                return new Comparison(OnDisk.Folder, PreviousContent.NoFile);
            }

            using var stream = fileSystem.OpenRead(path);
            return Compare(stream, content);
        }
        catch (Exception exception) when (IoFailure.IsGone(exception))
        {
            return new Comparison(OnDisk.Missing, PreviousContent.NoFile);
        }
        catch (Exception exception) when (IoFailure.IsExpected(exception))
        {
            // What cannot be read cannot be shown to be current; replacing it is the safe answer, but it cannot be put back.
            return new Comparison(OnDisk.Different, PreviousContent.Unreadable);
        }
    }

    private static Comparison Compare(Stream stream, string content)
    {
        var encoding = TextEncodings.Utf8WithoutBom;
        var length = stream.Length;
        if (length > Array.MaxLength)
        {
            // Larger than any output we write, and too large to keep in memory to put back.
            return new Comparison(OnDisk.Different, PreviousContent.Unreadable);
        }

        if (length != encoding.GetByteCount(content))
        {
            return Differs(ReadRest(stream, new byte[length], 0));
        }

        var ours = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        var theirs = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            var encoder = encoding.GetEncoder();
            var charsDone = 0;
            var bytesDone = 0;
            while (charsDone < content.Length)
            {
                // The whole rest is given each time, so a surrogate pair is never split between two chunks.
                encoder.Convert(content.AsSpan(charsDone), ours.AsSpan(0, ChunkBytes), flush: true, out var charsUsed, out var produced, out _);
                var read = stream.ReadAtLeast(theirs.AsSpan(0, produced), produced, throwOnEndOfStream: false);
                if (read != produced || !ours.AsSpan(0, produced).SequenceEqual(theirs.AsSpan(0, read)))
                {
                    return Differs(Previous(content, charsDone, bytesDone, theirs.AsSpan(0, read), stream, length));
                }

                charsDone += charsUsed;
                bytesDone += produced;
            }

            return stream.ReadByte() == -1 ? new Comparison(OnDisk.Same, PreviousContent.NoFile) : Differs(ReadFromStart(stream));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(ours);
            ArrayPool<byte>.Shared.Return(theirs);
        }
    }

    private static Comparison Differs(byte[] previous) => new(OnDisk.Different, new PreviousContent(previous));

    /// <summary>
    /// The file's bytes once a chunk differed: the part compared equal is the text's own encoding (no need to read it
    /// again), then the chunk just read, then the rest of the file.
    /// </summary>
    private static byte[] Previous(string content, int charsEqual, int bytesEqual, ReadOnlySpan<byte> chunk, Stream stream, long length)
    {
        var bytes = new byte[length];
        if (TextEncodings.Utf8WithoutBom.GetBytes(content.AsSpan(0, charsEqual), bytes) != bytesEqual || bytesEqual + chunk.Length > length)
        {
            return ReadFromStart(stream);
        }

        chunk.CopyTo(bytes.AsSpan(bytesEqual));
        return ReadRest(stream, bytes, bytesEqual + chunk.Length);
    }

    /// <summary>Fills <paramref name="bytes"/> from <paramref name="offset"/> on; a file that shrank meanwhile gives what it has.</summary>
    private static byte[] ReadRest(Stream stream, byte[] bytes, int offset)
    {
        var read = offset + stream.ReadAtLeast(bytes.AsSpan(offset), bytes.Length - offset, throwOnEndOfStream: false);
        if (read == bytes.Length && stream.ReadByte() == -1)
        {
            return bytes;
        }

        // The file changed while it was read (something other than a generator wrote it): what it holds now.
        return ReadFromStart(stream);
    }

    private static byte[] ReadFromStart(Stream stream)
    {
        stream.Position = 0;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

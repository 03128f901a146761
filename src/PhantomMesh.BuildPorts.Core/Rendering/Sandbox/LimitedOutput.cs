using System.Text;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PhantomMesh.BuildPorts.Rendering.Sandbox;

/// <summary>Collects what a template writes and stops it, with <see cref="TemplateLimitException"/>, past the output limit.</summary>
internal sealed class LimitedOutput(int maxCharacters, Func<SourceSpan> currentSpan) : IScriptOutput
{
    private readonly StringBuilder _text = new();

    public void Write(string text, int offset, int count)
    {
        if ((long)_text.Length + count > maxCharacters)
        {
            throw new TemplateLimitException(currentSpan(),
                $"The template wrote more than {maxCharacters} characters; look for a loop that writes without end.");
        }

        _text.Append(text, offset, count);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => _text.ToString();
}

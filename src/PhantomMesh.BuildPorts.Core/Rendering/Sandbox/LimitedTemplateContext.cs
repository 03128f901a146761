using PhantomMesh.BuildPorts.Rendering.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PhantomMesh.BuildPorts.Rendering.Sandbox;

/// <summary>
/// A template context that enforces the loop and nesting limits itself and throws <see cref="TemplateLimitException"/>
/// when one is passed. Scriban's own limits are set to the same values as a backstop, but Scriban reports them as
/// plain runtime errors, told apart only by their wording; counting here lets a limit be known by its type.
/// </summary>
internal sealed class LimitedTemplateContext : TemplateContext
{
    private readonly RenderLimits _limits;
    private readonly RenderDeadline _deadline;
    private int _stepsSinceClockRead;
    private int _loopDepth;
    private long _loopSteps;
    private int _callDepth;

    /// <param name="builtins">Scriban's builtin functions (<c>string</c>, <c>array</c>, ...) to use; null for a fresh copy of them.</param>
    public LimitedTemplateContext(RenderLimits limits, RenderDeadline deadline, ScriptObject? builtins = null)
        : base(builtins)
    {
        _limits = limits;
        _deadline = deadline;

        // One step looser than ours, so ours is met first; Scriban still guards what it counts and we cannot
        // (a range expression or an array function asking for more elements than the loop limit).
        LoopLimit = limits.LoopIterations + 1;
        LoopLimitQueryable = limits.LoopIterations + 1;
        RecursiveLimit = limits.RecursionDepth + 1;
        // Scriban checks its output limit (LimitToString when unset) before the text reaches the output, so it
        // would be met first: it is set out of reach, and LimitedOutput counts instead.
        OutputLimit = int.MaxValue;
        OnOutputLimit = ScriptLimitBehavior.Throw;

        LimitToString = limits.StringCharacters;
        OnStringLimit = ScriptLimitBehavior.Throw;
        PushOutput(new LimitedOutput(limits.OutputCharacters, () => CurrentSpan));
    }

    /// <summary>What Scriban throws while turning a value into text is its string limit (<see cref="TemplateContext.LimitToString"/>).</summary>
    public override string ObjectToString(object? value, bool nested = false)
    {
        try
        {
            // Scriban prints a member pair by reflection, which the Native AOT build trims away; printed as Scriban prints it with reflection.
            return value is KeyValuePair<string, object?> pair ? base.ObjectToString(MemberPairAccessor.AsObject(pair), nested: true)! : base.ObjectToString(value, nested)!;
        }
        catch (ScriptRuntimeException exception) when (exception is not TemplateLimitException)
        {
            throw new TemplateLimitException(exception.Span,
                $"A string built here reaches {_limits.StringCharacters} characters, the limit for one value.");
        }
    }

    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
        => target is KeyValuePair<string, object?> ? MemberPairAccessor.Instance : base.GetMemberAccessorImpl(target);

    /// <summary>Scriban imports only a <see cref="ScriptObject"/>; a computed model object is imported as its dictionary form.</summary>
    public override void Import(SourceSpan span, object objectToImport)
        => base.Import(span, objectToImport is ComputedModelObject computed ? computed.Stored : objectToImport);

    /// <summary>Counted as Scriban counts: every step of a loop and of the loops inside it, from the outermost loop's start.</summary>
    protected override void OnEnterLoop(ScriptLoopStatementBase loop)
    {
        if (_loopDepth++ == 0)
        {
            _loopSteps = 0;
        }

        base.OnEnterLoop(loop);
    }

    protected override void OnExitLoop(ScriptLoopStatementBase loop)
    {
        _loopDepth--;
        base.OnExitLoop(loop);
    }

    protected override bool OnStepLoop(ScriptLoopStatementBase loop)
    {
        if (++_loopSteps > _limits.LoopIterations)
        {
            throw new TemplateLimitException(loop.Span,
                $"Exceeding number of iteration limit `{_limits.LoopIterations}` for loop statement.");
        }

        ReadClockNowAndThen();

        return base.OnStepLoop(loop);
    }

    /// <summary>
    /// Counts how deeply calls and variable reads (a variable holding a function calls it) are nested, so runaway
    /// recursion stops here before the stack runs out. Every call Scriban counts is one of these, so this count is
    /// never below Scriban's.
    /// </summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is not (ScriptFunctionCall or ScriptPipeCall or ScriptVariable))
        {
            return base.Evaluate(scriptNode, aliasReturnedFunction);
        }

        ReadClockNowAndThen();
        if (++_callDepth > _limits.RecursionDepth)
        {
            _callDepth--;
            throw new TemplateLimitException(scriptNode!.Span,
                $"Calls are nested more than {_limits.RecursionDepth} deep; look for a function that calls itself without end.");
        }

        try
        {
            return base.Evaluate(scriptNode, aliasReturnedFunction);
        }
        finally
        {
            _callDepth--;
        }
    }

    /// <summary>Every loop step and call counts; the clock is read every 64th, which costs nothing next to a step.</summary>
    private void ReadClockNowAndThen()
    {
        if (++_stepsSinceClockRead >= 64)
        {
            _stepsSinceClockRead = 0;
            _deadline.CancelIfPassed();
            CheckAbort();
        }
    }
}

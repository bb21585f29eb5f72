using System.Collections.Immutable;

namespace GraphExplorer.Cypher.Syntax.Ast;

/// <summary>
/// <c>SHOW SETTING[S] [name[, …] | expression]</c> with YIELD, WHERE and RETURN (Operations manual, "Show configuration
/// settings"): the settings of this database, all of them or those whose names <see cref="Names"/> give (each a STRING or
/// a LIST&lt;STRING&gt;).
/// </summary>
public sealed record ShowSettingsStatement(ImmutableArray<Expression> Names, ShowProjection Projection, SourceSpan Span) : Statement(Span);

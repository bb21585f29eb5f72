namespace GraphExplorer.Cypher.Scripts;

/// <summary>
/// Reads a statement into the tokens that tell its kind: words outside strings, quoted names and comments, numbers,
/// parameters and single-character symbols. The lexical rules are those of <see cref="ScriptSplitter"/> (quotes
/// <c>'…'</c> and <c>"…"</c> with backslash escapes, <c>`…`</c> with a doubled backtick, <c>//</c> and <c>/* */</c>
/// comments); it reports no error: an unterminated string or comment runs to the end of the text, and whatever else
/// is malformed is left for the parser of the database that runs the statement.
/// </summary>
internal static class StatementTokens
{
    public static List<StatementToken> Read(string text)
    {
        var tokens = new List<StatementToken>();
        var at = 0;
        while (at < text.Length)
        {
            var ch = text[at];
            if (char.IsWhiteSpace(ch))
            {
                at++;
            }
            else if (ch == '/' && at + 1 < text.Length && text[at + 1] is '/' or '*')
            {
                at = SkipComment(text, at);
            }
            else if (ch is '\'' or '"' or '`')
            {
                var end = QuoteEnd(text, at);
                tokens.Add(new StatementToken(StatementTokenKind.Quoted, text[at..end]));
                at = end;
            }
            else if (IsNameStart(ch) || char.IsDigit(ch) || (ch == '$' && at + 1 < text.Length))
            {
                var end = NameEnd(text, at + 1);
                var kind = ch == '$' ? StatementTokenKind.Parameter : char.IsDigit(ch) ? StatementTokenKind.Number : StatementTokenKind.Word;
                var token = text[at..end];
                tokens.Add(new StatementToken(kind, kind == StatementTokenKind.Word ? token.ToUpperInvariant() : token));
                at = end;
            }
            else
            {
                tokens.Add(new StatementToken(StatementTokenKind.Symbol, ch.ToString()));
                at++;
            }
        }

        return tokens;
    }

    private static bool IsNameStart(char ch) => char.IsLetter(ch) || ch == '_';

    private static int NameEnd(string text, int at)
    {
        while (at < text.Length && (char.IsLetterOrDigit(text[at]) || text[at] == '_'))
        {
            at++;
        }

        return at;
    }

    /// <summary>The offset after the comment that starts at <paramref name="at"/> (the end of the text when it does not end).</summary>
    private static int SkipComment(string text, int at)
    {
        if (text[at + 1] == '/')
        {
            var newline = text.IndexOf('\n', at);
            return newline < 0 ? text.Length : newline + 1;
        }

        var close = text.IndexOf("*/", at + 2, StringComparison.Ordinal);
        return close < 0 ? text.Length : close + 2;
    }

    /// <summary>The offset after the quoted string or name that starts at <paramref name="at"/>.</summary>
    private static int QuoteEnd(string text, int at)
    {
        var quote = text[at];
        for (var i = at + 1; i < text.Length; i++)
        {
            if (text[i] == '\\' && quote != '`')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                // A backticked name writes a backtick as two.
                if (quote == '`' && i + 1 < text.Length && text[i + 1] == '`')
                {
                    i++;
                    continue;
                }

                return i + 1;
            }
        }

        return text.Length;
    }
}

using System.Text;

namespace GraphExplorer.Cypher.Scripts;

/// <summary>
/// Cuts a Cypher script into statements at each <c>;</c> outside strings, quoted names and comments, reading the
/// script once, forward, so that memory holds one statement at a time whatever the size of the script (the embedded
/// engine's <c>CypherParser.ParseScript</c> holds the whole text and every statement's syntax tree instead).
/// </summary>
/// <remarks>
/// Only the lexical rules that decide where a statement ends are applied here (those of the engine's lexer, shared with <see cref="StatementTokens"/>: quotes
/// <c>'…'</c> and <c>"…"</c> with backslash escapes, <c>`…`</c> with a doubled backtick, <c>//</c> and <c>/* */</c>
/// comments); each statement is then parsed on its own (by the database that runs it), which reports any other error. An unterminated string or
/// comment runs to the end of the script and so becomes part of the last statement, where the parser reports it.
/// Blanks and comments before a statement are not part of it, so text that holds only those is not a statement. Lines end at <c>'\n'</c>. Not thread-safe; lazily
/// evaluated: the reader must stay open while the statements are enumerated.
/// </remarks>
public static class ScriptSplitter
{
    public static IEnumerable<StatementText> Split(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return SplitIterator(reader);
    }

    private static IEnumerable<StatementText> SplitIterator(TextReader reader)
    {
        var text = new StringBuilder();
        int line = 1, column = 0, startLine = 0, startColumn = 0, number = 0;
        var state = State.Code;
        var quote = '\0';
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (ch == '\n')
            {
                line++;
                column = 0;
            }
            else
            {
                column++;
            }

            switch (state)
            {
                case State.Code when ch == ';':
                    if (text.Length > 0)
                    {
                        yield return new StatementText(text.ToString(), startLine, startColumn, ++number);
                        text.Clear();
                    }

                    continue;
                case State.Code when ch == '/' && reader.Peek() is '/' or '*':
                    state = reader.Peek() == '/' ? State.LineComment : State.BlockComment;
                    break;
                case State.Code when ch is '\'' or '"' or '`':
                    state = State.Quoted;
                    quote = ch;
                    break;
                case State.Code when text.Length == 0 && char.IsWhiteSpace(ch):
                    continue;
                case State.Quoted when ch == '\\' && quote != '`':
                    Append(text, ch, ref startLine, ref startColumn, line, column);
                    if ((c = reader.Read()) < 0)
                    {
                        continue;
                    }

                    ch = (char)c;
                    (line, column) = ch == '\n' ? (line + 1, 0) : (line, column + 1);
                    break;
                case State.Quoted when ch == quote:
                    if (quote == '`' && reader.Peek() == '`')
                    {
                        Append(text, ch, ref startLine, ref startColumn, line, column);
                        ch = (char)reader.Read();
                        column++;
                    }
                    else
                    {
                        state = State.Code;
                    }

                    break;
                case State.LineComment when ch == '\n':
                    state = State.Code;
                    break;
                case State.BlockComment when ch == '*' && reader.Peek() == '/':
                    reader.Read();
                    column++;
                    state = State.Code;
                    if (text.Length > 0)
                    {
                        text.Append("*/");
                    }

                    continue;
            }

            // A comment before a statement is not part of it: the statement starts at its first significant character.
            if (text.Length > 0 || (state is State.Code or State.Quoted && !char.IsWhiteSpace(ch)))
            {
                Append(text, ch, ref startLine, ref startColumn, line, column);
            }
        }

        if (text.Length > 0)
        {
            yield return new StatementText(text.ToString(), startLine, startColumn, ++number);
        }
    }

    private static void Append(StringBuilder text, char ch, ref int startLine, ref int startColumn, int line, int column)
    {
        if (text.Length == 0)
        {
            (startLine, startColumn) = (line, column);
        }

        text.Append(ch);
    }

    private enum State
    {
        Code,
        Quoted,
        LineComment,
        BlockComment,
    }
}

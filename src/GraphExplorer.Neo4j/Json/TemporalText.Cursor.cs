using GraphExplorer.Database.Values;

namespace GraphExplorer.Neo4j.Json;

/// <summary>The reading primitives shared by the temporal parsers.</summary>
internal static partial class TemporalText
{
    /// <summary>A position in a temporal text; every read either advances or throws a <see cref="FormatException"/>.</summary>
    private ref struct Cursor(string text, string typeName)
    {
        private readonly ReadOnlySpan<char> chars = text;
        private int position;

        public readonly bool AtEnd => position >= chars.Length;

        public readonly FormatException Error(string reason) =>
            new($"'{text}' is not a valid Neo4j {typeName} value: {reason} (at character {position + 1}).");

        public char Next()
        {
            if (AtEnd)
            {
                throw Error("the text ends too early");
            }

            return chars[position++];
        }

        public bool TryConsume(char expected)
        {
            if (!AtEnd && chars[position] == expected)
            {
                position++;
                return true;
            }

            return false;
        }

        public void Expect(char expected)
        {
            if (!TryConsume(expected))
            {
                throw Error($"expected '{expected}'");
            }
        }

        public readonly void ExpectEnd()
        {
            if (!AtEnd)
            {
                throw Error("unexpected trailing characters");
            }
        }

        public string ReadUntil(char terminator)
        {
            var rest = chars[position..];
            var length = rest.IndexOf(terminator);
            if (length <= 0)
            {
                throw Error($"expected text followed by '{terminator}'");
            }

            position += length;
            return rest[..length].ToString();
        }

        public CivilDate ReadDate()
        {
            var negative = TryConsume('-');
            var signed = negative || TryConsume('+');
            var start = position;
            // java.time writes a sign on years beyond 0-9999, and up to nine digits (Neo4j's years ±999,999,999).
            var year = ReadNumber(minDigits: 4, maxDigits: 9);
            if (!signed && year > 9999)
            {
                position = start;
                throw Error("a year of more than four digits must carry a sign");
            }

            Expect('-');
            var month = (int)ReadNumber(2, 2);
            Expect('-');
            var day = (int)ReadNumber(2, 2);
            var signedYear = negative ? -year : year;
            if (month is < 1 or > 12 || day < 1 || day > CivilDate.DaysInMonth(signedYear, month))
            {
                throw Error("no such calendar date");
            }

            return new CivilDate(signedYear, month, day);
        }

        /// <summary>Reads <c>HH:mm[:ss[.f{1,9}]]</c> as nanoseconds of the day.</summary>
        public long ReadTimeOfDay()
        {
            var hours = ReadNumber(2, 2);
            Expect(':');
            var minutes = ReadNumber(2, 2);
            long seconds = 0, fraction = 0;
            if (TryConsume(':'))
            {
                seconds = ReadNumber(2, 2);
                if (TryConsume('.') || TryConsume(','))
                {
                    fraction = ReadFraction();
                }
            }

            if (hours > 23 || minutes > 59 || seconds > 59)
            {
                throw Error("hour, minute or second out of range");
            }

            return (hours * NanosPerHour) + (minutes * NanosPerMinute) + (seconds * NanosPerSecond) + fraction;
        }

        /// <summary>Reads <c>Z</c> or <c>±HH[:mm[:ss]]</c> (also without colons) as seconds east of UTC.</summary>
        public int ReadOffset()
        {
            if (TryConsume('Z'))
            {
                return 0;
            }

            int sign;
            if (TryConsume('+'))
            {
                sign = 1;
            }
            else if (TryConsume('-'))
            {
                sign = -1;
            }
            else
            {
                throw Error("expected a UTC offset ('Z', '+hh:mm' or '-hh:mm')");
            }

            var hours = ReadNumber(2, 2);
            long minutes = 0, seconds = 0;
            var colon = TryConsume(':');
            if (colon || (!AtEnd && char.IsAsciiDigit(chars[position])))
            {
                minutes = ReadNumber(2, 2);
                if ((colon ? TryConsume(':') : !AtEnd && char.IsAsciiDigit(chars[position])))
                {
                    seconds = ReadNumber(2, 2);
                }
            }

            if (hours > 18 || minutes > 59 || seconds > 59)
            {
                throw Error("offset out of range");
            }

            return sign * (int)((hours * 3600) + (minutes * 60) + seconds);
        }

        /// <summary>Reads an optionally signed decimal number, returning its whole part, fraction in nanoseconds and sign.</summary>
        public (long Whole, long FractionNanos, bool Negative) ReadSignedDecimal()
        {
            var negative = TryConsume('-');
            if (!negative)
            {
                TryConsume('+');
            }

            var whole = ReadNumber(1, 18);
            long fraction = 0;
            if (TryConsume('.') || TryConsume(','))
            {
                fraction = ReadFraction();
            }

            return (whole, fraction, negative);
        }

        private long ReadFraction()
        {
            var start = position;
            long value = 0;
            while (!AtEnd && char.IsAsciiDigit(chars[position]))
            {
                if (position - start == 9)
                {
                    throw Error("more than 9 fractional digits (nanoseconds are the finest unit)");
                }

                value = (value * 10) + (chars[position] - '0');
                position++;
            }

            var digits = position - start;
            if (digits == 0)
            {
                throw Error("expected fractional digits");
            }

            for (var i = digits; i < 9; i++)
            {
                value *= 10;
            }

            return value;
        }

        private long ReadNumber(int minDigits, int maxDigits)
        {
            var start = position;
            long value = 0;
            while (!AtEnd && char.IsAsciiDigit(chars[position]) && position - start < maxDigits)
            {
                value = (value * 10) + (chars[position] - '0');
                position++;
            }

            if (position - start < minDigits)
            {
                throw Error(minDigits == maxDigits ? $"expected {minDigits} digits" : $"expected at least {minDigits} digits");
            }

            return value;
        }
    }
}

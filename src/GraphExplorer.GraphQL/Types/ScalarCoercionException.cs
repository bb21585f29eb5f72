using System.Globalization;
using GraphExplorer.GraphQL.Language;

namespace GraphExplorer.GraphQL.Types;

/// <summary>A value a scalar cannot represent; the message is shown to the user.</summary>
public sealed class ScalarCoercionException(string message) : Exception(message);

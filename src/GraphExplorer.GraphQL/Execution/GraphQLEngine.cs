using GraphExplorer.GraphQL.Language;
using GraphExplorer.GraphQL.Types;
using GraphExplorer.GraphQL.Validation;

namespace GraphExplorer.GraphQL.Execution;

/// <summary>
/// The whole pipeline for one schema: parse (bounded) → validate (spec rules + protective rules) → execute, with
/// parsed and validated documents cached. Thread-safe; create one per schema and share it.
/// </summary>
public sealed class GraphQLEngine
{
    private readonly GraphQLEngineOptions _options;

    public GraphQLEngine(Schema schema, GraphQLEngineOptions? options = null)
    {
        Schema = schema;
        _options = options ?? new GraphQLEngineOptions();
        Documents = new DocumentCache(_options.DocumentCacheSize);
    }

    public Schema Schema { get; }

    public DocumentCache Documents { get; }

    /// <summary>Runs a request. Syntax and validation failures are request errors (no data); see <see cref="Executor"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, object? requestContext = null, CancellationToken cancellationToken = default) =>
        ExecuteAsync(Prepare(request.Query), request, requestContext, cancellationToken);

    /// <summary>
    /// Runs a request whose document the caller already prepared with <see cref="Prepare"/> (e.g. a transport that
    /// inspects the operation first), so the document cache is consulted once per request.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<ExecutionResult> ExecuteAsync(PreparedDocument prepared, GraphQLRequest request, object? requestContext = null,
        CancellationToken cancellationToken = default)
    {
        if (!prepared.IsValid)
        {
            return ExecutionResult.RequestError(prepared.Errors);
        }

        var execution = new ExecutionRequest(prepared.Document!)
        {
            OperationName = request.OperationName,
            Variables = request.Variables,
            RequestContext = requestContext,
            ReportCost = request.ReportCost,
        };
        using var activity = GraphQLTelemetry.StartOperation(Executor.GetOperation(prepared.Document!, request.OperationName, out _));
        var result = await Executor.ExecuteRequestAsync(Schema, execution, _options.Execution, cancellationToken).ConfigureAwait(false);
        GraphQLTelemetry.Complete(activity, result);
        return result;
    }

    /// <summary>
    /// Starts a subscription (spec §6.2.3) whose document the caller prepared with <see cref="Prepare"/>: a request error,
    /// or the stream of results, one per source event, until <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled while subscribing.</exception>
    public Task<SubscriptionResult> SubscribeAsync(PreparedDocument prepared, GraphQLRequest request, object? requestContext = null,
        CancellationToken cancellationToken = default)
    {
        if (!prepared.IsValid)
        {
            return Task.FromResult(SubscriptionResult.Failed(ExecutionResult.RequestError(prepared.Errors)));
        }

        var execution = new ExecutionRequest(prepared.Document!)
        {
            OperationName = request.OperationName,
            Variables = request.Variables,
            RequestContext = requestContext,
        };
        return Executor.SubscribeAsync(Schema, execution, _options.Execution, cancellationToken);
    }

    /// <summary>
    /// The estimated cost (see <see cref="CostAnalysis"/>) of the operation a request selects, with its variables, as the
    /// executor will check it — for a transport that admits costly requests differently (e.g. fewer at a time); null
    /// when the document is invalid, no operation is selected or the variables do not coerce (execution reports those).
    /// </summary>
    public long? EstimateCost(PreparedDocument prepared, GraphQLRequest request)
    {
        if (!prepared.IsValid || Executor.GetOperation(prepared.Document!, request.OperationName, out _) is not { } operation)
        {
            return null;
        }

        var variables = Executor.CoerceVariableValues(Schema, operation, request.Variables, out var errors);
        return errors.Count > 0 ? null : CostAnalysis.Estimate(Schema, prepared.Document!, operation, variables, _options.Execution.DefaultListSize).Total;
    }

    /// <summary>Parses and validates a document, or returns the cached result for the same text.</summary>
    public PreparedDocument Prepare(string query) => Documents.GetOrAdd(query, text =>
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(text, _options.Parser);
        }
        catch (GraphQLSyntaxException e)
        {
            return new PreparedDocument(null, [new GraphQLError(e.Message, e.Locations, null, GraphQLErrors.CodeOnly(e.Code))]);
        }

        return new PreparedDocument(document, DocumentValidator.Validate(Schema, document, _options.Validation));
    });
}

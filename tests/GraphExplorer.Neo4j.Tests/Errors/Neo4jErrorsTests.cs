using GraphExplorer.Database;
using GraphExplorer.Neo4j.Errors;

namespace GraphExplorer.Neo4j.Tests.Errors;

public sealed class Neo4jErrorsTests
{
    [Theory]
    [InlineData("Neo.ClientError.Statement.SyntaxError", CypherErrorKind.SyntaxError, CypherErrorPhase.CompileTime)]
    [InlineData("Neo.ClientError.Statement.SemanticError", CypherErrorKind.SemanticError, CypherErrorPhase.CompileTime)]
    [InlineData("Neo.ClientError.Statement.ParameterMissing", CypherErrorKind.ParameterMissing, CypherErrorPhase.CompileTime)]
    [InlineData("Neo.ClientError.Statement.TypeError", CypherErrorKind.TypeError, CypherErrorPhase.Runtime)]
    [InlineData("Neo.ClientError.Statement.ArgumentError", CypherErrorKind.ArgumentError, CypherErrorPhase.Runtime)]
    [InlineData("Neo.ClientError.Statement.ArithmeticError", CypherErrorKind.ArithmeticError, CypherErrorPhase.Runtime)]
    [InlineData("Neo.ClientError.Statement.EntityNotFound", CypherErrorKind.EntityNotFound, CypherErrorPhase.Runtime)]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", CypherErrorKind.ConstraintValidationFailed, CypherErrorPhase.Runtime)]
    [InlineData("Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists", CypherErrorKind.SemanticError, CypherErrorPhase.Runtime)]
    [InlineData("Neo.ClientError.Procedure.ProcedureNotFound", CypherErrorKind.ProcedureError, CypherErrorPhase.Runtime)]
    [InlineData("Neo.ClientError.Security.Unauthorized", CypherErrorKind.AuthenticationFailed, CypherErrorPhase.Runtime)]
    [InlineData("Neo.ClientError.Security.Forbidden", CypherErrorKind.Forbidden, CypherErrorPhase.Runtime)]
    [InlineData("Neo.ClientError.General.ForbiddenOnReadOnlyDatabase", CypherErrorKind.Forbidden, CypherErrorPhase.Runtime)]
    [InlineData("Neo.ClientError.Transaction.TransactionMarkedAsFailed", CypherErrorKind.TransactionError, CypherErrorPhase.Runtime)]
    [InlineData("Neo.ClientError.Transaction.TransactionTimedOut", CypherErrorKind.QueryTimeout, CypherErrorPhase.Runtime)]
    [InlineData("Neo.ClientError.Cluster.NotALeader", CypherErrorKind.TransientError, CypherErrorPhase.Runtime)]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", CypherErrorKind.TransientError, CypherErrorPhase.Runtime)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", CypherErrorKind.DatabaseUnavailable, CypherErrorPhase.Runtime)]
    [InlineData("Neo.TransientError.Transaction.Terminated", CypherErrorKind.TransactionError, CypherErrorPhase.Runtime)]
    [InlineData("Neo.DatabaseError.General.UnknownError", CypherErrorKind.DatabaseError, CypherErrorPhase.Runtime)]
    [InlineData("not-a-neo4j-code", CypherErrorKind.DatabaseError, CypherErrorPhase.Runtime)]
    public void Classifies_status_codes(string code, CypherErrorKind kind, CypherErrorPhase phase)
    {
        var exception = Neo4jErrors.FromServer(code, "message from the server", Neo4jErrors.Operation.AutoCommit);
        exception.Kind.Should().Be(kind);
        exception.Phase.Should().Be(phase);
        exception.Neo4jCode.Should().Be(code);
        exception.Message.Should().Contain("message from the server").And.Contain(code);
    }

    [Fact]
    public void Uses_the_title_of_the_code_as_detail() =>
        Neo4jErrors.FromServer("Neo.ClientError.Schema.ConstraintValidationFailed", "Node(0) already exists", Neo4jErrors.Operation.Run)
            .Detail.Should().Be("ConstraintValidationFailed");

    [Fact]
    public void Reads_the_position_of_a_syntax_error()
    {
        var exception = Neo4jErrors.FromServer(
            "Neo.ClientError.Statement.SyntaxError",
            "Invalid input 'T': expected <init> (line 1, column 1 (offset: 0))\n\"This is not a valid Cypher Statement.\"\n ^",
            Neo4jErrors.Operation.AutoCommit);
        exception.Position.Should().Be(new SourcePosition(0, 1, 1));
    }

    [Fact]
    public void Reads_positions_past_the_first_line() =>
        Neo4jErrors.ParsePosition("Variable `x` not defined (line 3, column 14 (offset: 57))")
            .Should().Be(new SourcePosition(57, 3, 14));

    [Fact]
    public void Leaves_the_position_empty_when_the_message_has_none() =>
        Neo4jErrors.FromServer("Neo.ClientError.Statement.SyntaxError", "Unexpected end of input", Neo4jErrors.Operation.AutoCommit)
            .Position.Should().BeNull();

    [Fact]
    public void Reports_an_unknown_transaction_as_expired()
    {
        var exception = Neo4jErrors.FromServer(
            "Neo.ClientError.Request.Invalid",
            "Transaction with Id: \"lyU\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided.",
            Neo4jErrors.Operation.Run,
            transactionId: "lyU");
        exception.Kind.Should().Be(CypherErrorKind.TransactionError);
        exception.Detail.Should().Be("TransactionExpired");
        exception.Message.Should().Contain("'lyU'").And.Contain("rolled back").And.Contain("transaction_idle_timeout");
    }

    [Fact]
    public void Names_the_user_but_never_a_password_when_credentials_are_refused()
    {
        var exception = Neo4jErrors.CredentialsRefused(new Uri("http://db.example:7474"), "alice", "Invalid username or password.", null);
        exception.Kind.Should().Be(CypherErrorKind.AuthenticationFailed);
        exception.Message.Should().Contain("http://db.example:7474").And.Contain("'alice'").And.Contain("refused the credentials");
    }

    [Fact]
    public void Explains_how_to_enable_the_query_api_on_a_404()
    {
        var exception = Neo4jErrors.QueryApiNotFound(new Uri("http://old:7474"), "/db/neo4j/query/v2", transactions: false);
        exception.Kind.Should().Be(CypherErrorKind.DatabaseUnavailable);
        exception.Detail.Should().Be("QueryApiNotFound");
        exception.Message.Should().Contain("5.25").And.Contain("Aura").And.Contain("server.http_enabled_modules")
            .And.Contain("QUERY_API_ENDPOINTS").And.Contain("server.http.enabled");
    }
}

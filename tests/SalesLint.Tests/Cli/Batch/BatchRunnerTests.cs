using SalesLint.Cli.Batch;

namespace SalesLint.Tests.Cli.Batch;

public sealed class BatchRunnerTests
{
    [Test]
    public void RunAll_DegreeOne_WorksOnTheCallersThreadWhenAsked()
    {
        // One job: no pool threads, and nothing is taken from the source before its result is asked for.
        var caller = Environment.CurrentManagedThreadId;
        var taken = 0;
        var threads = new List<int>();
        var results = BatchRunner.RunAll(Items(), i => { threads.Add(Environment.CurrentManagedThreadId); return i * 10; }, 1, CancellationToken.None);

        using var walk = results.GetEnumerator();
        walk.MoveNext().Should().BeTrue();
        walk.Current.Should().Be(0);
        taken.Should().Be(1);
        walk.MoveNext().Should().BeTrue();
        walk.Current.Should().Be(10);
        taken.Should().Be(2);
        threads.Should().OnlyContain(t => t == caller);

        IEnumerable<int> Items()
        {
            for (var i = 0; i < 5; i++)
            {
                taken++;
                yield return i;
            }
        }
    }

    [TestCase(1)]
    [TestCase(3)]
    public void RunAll_AnyDegree_YieldsEveryResultInInputOrder(int degree)
    {
        var results = BatchRunner.RunAll(Enumerable.Range(0, 50), i => { Thread.SpinWait((50 - i) * 100); return i; }, degree, CancellationToken.None);

        results.Should().Equal(Enumerable.Range(0, 50));
    }

    [TestCase(1)]
    [TestCase(3)]
    public void RunAll_Cancelled_Throws(int degree)
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        var run = () => BatchRunner.RunAll(Enumerable.Range(0, 5), i => i, degree, cancel.Token).ToList();

        run.Should().Throw<OperationCanceledException>();
    }
}

using System.Text.RegularExpressions;
using SalesLint.Features;

namespace SalesLint.Tests.Features;

public sealed class PatternRegistryTests
{
    [Test]
    public void Validate_BacktrackingPattern_ThrowsUnlessTrustedAsShipped()
    {
        // A back-reference needs backtracking; unique text so no other test has trusted or built it.
        var pattern = $@"(\w+) \1 {Guid.NewGuid():N}";

        var untrusted = () => PatternRegistry.Validate(pattern);
        untrusted.Should().Throw<ArgumentException>().WithMessage("*needs backtracking*");

        PatternRegistry.Trust([pattern]);
        var trusted = () => PatternRegistry.Validate(pattern);
        trusted.Should().NotThrow("shipped patterns are built when first used, not when loaded");
    }

    [Test]
    public void Get_SamePatternTwice_IsOneSharedInstance()
    {
        var pattern = $"price {Guid.NewGuid():N}";

        PatternRegistry.Get(pattern).Should().BeSameAs(PatternRegistry.Get(pattern));
        PatternRegistry.Create(pattern).Should().NotBeSameAs(PatternRegistry.Get(pattern));
    }

    [Test]
    public void InterpretedOptions_WhereCodeIsGenerated_CompileNothing()
    {
        // The tests run where code is generated at run time: there Compiled would compile every shipped pattern at
        // start, so the interpreter's options leave it out (the native build, which generates none, sets it).
        System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled.Should().BeTrue();

        PatternRegistry.InterpretedOptions.Should().Be(RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        PatternRegistry.CreateInterpreted($"price {Guid.NewGuid():N}").Options.Should().Be(PatternRegistry.InterpretedOptions);
    }
}

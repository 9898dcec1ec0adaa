namespace Detente.Nlp.Language;

/// <summary>
/// A configuration of the arc-hybrid transition system: a stack, a buffer (words b..n-1 followed by the root at
/// index n), and the arcs built so far with the children and valencies the features look at.
/// Transitions: SHIFT moves the buffer front onto the stack; LEFT makes the buffer front the head of the stack
/// top and pops it; RIGHT makes the second stack item the head of the top and pops it. The root takes exactly
/// one dependent: LEFT onto the root is allowed only when the stack holds a single word.
/// </summary>
public sealed class ParseState
{
    /// <summary>Transition kinds.</summary>
    public const int Shift = 0, Left = 1, Right = 2;

    private int[] _stack = [], _heads = [], _labels = [], _left1 = [], _left2 = [], _right1 = [], _right2 = [], _leftCount = [], _rightCount = [];
    private ulong[] _leftLabels = [], _rightLabels = [];

    /// <summary>Number of words (the root is index <see cref="Length"/>).</summary>
    public int Length { get; private set; }

    /// <summary>Number of items on the stack.</summary>
    public int StackCount { get; private set; }

    /// <summary>Index of the buffer front (== <see cref="Length"/> when only the root is left).</summary>
    public int Buffer { get; private set; }

    /// <summary>True when the parse is complete.</summary>
    public bool IsTerminal => StackCount == 0 && Buffer == Length;

    /// <summary>Head of each word (Length for the root, -1 before it is attached).</summary>
    public ReadOnlySpan<int> Heads => _heads.AsSpan(0, Length);

    /// <summary>Relation id of each word.</summary>
    public ReadOnlySpan<int> Labels => _labels.AsSpan(0, Length);

    /// <summary>Starts parsing a sentence of <paramref name="length"/> words.</summary>
    public void Reset(int length)
    {
        Length = length;
        if (_heads.Length < length + 1)
        {
            int size = (length + 1) * 2;
            _stack = new int[size];
            _heads = new int[size];
            _labels = new int[size];
            _left1 = new int[size];
            _left2 = new int[size];
            _right1 = new int[size];
            _right2 = new int[size];
            _leftCount = new int[size];
            _rightCount = new int[size];
            _leftLabels = new ulong[size];
            _rightLabels = new ulong[size];
        }

        for (int i = 0; i <= length; i++)
        {
            _heads[i] = -1;
            _labels[i] = -1;
            _left1[i] = _left2[i] = _right1[i] = _right2[i] = -1;
            _leftCount[i] = _rightCount[i] = 0;
            _leftLabels[i] = _rightLabels[i] = 0;
        }

        StackCount = 0;
        Buffer = 0;
    }

    /// <summary>The stack item <paramref name="depth"/> from the top (0 is the top), or -1.</summary>
    public int Stack(int depth) => depth < StackCount ? _stack[StackCount - 1 - depth] : -1;

    /// <summary>True when <paramref name="index"/> is on the stack.</summary>
    public bool OnStack(int index)
    {
        for (int i = 0; i < StackCount; i++)
        {
            if (_stack[i] == index)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a transition of <paramref name="kind"/> may be taken (labels aside).</summary>
    public bool CanDo(int kind) => kind switch
    {
        Shift => Buffer < Length,
        Left => StackCount > 0 && (Buffer < Length || StackCount == 1),
        _ => StackCount > 1,
    };

    /// <summary>Applies a transition; <paramref name="label"/> is the relation id of the new arc.</summary>
    public void Apply(int kind, int label)
    {
        switch (kind)
        {
            case Shift:
                _stack[StackCount++] = Buffer++;
                break;
            case Left:
                Attach(_stack[--StackCount], Buffer, label);
                break;
            default:
                int dependent = _stack[--StackCount];
                Attach(dependent, _stack[StackCount - 1], label);
                break;
        }
    }

    /// <summary>Leftmost child of <paramref name="h"/> (<paramref name="second"/>: the next one), or -1.</summary>
    public int LeftChild(int h, bool second = false) => h < 0 ? -1 : second ? _left2[h] : _left1[h];

    /// <summary>Rightmost child of <paramref name="h"/> (<paramref name="second"/>: the next one), or -1.</summary>
    public int RightChild(int h, bool second = false) => h < 0 ? -1 : second ? _right2[h] : _right1[h];

    /// <summary>Number of left children of <paramref name="h"/>.</summary>
    public int LeftValency(int h) => h < 0 ? 0 : _leftCount[h];

    /// <summary>Number of right children of <paramref name="h"/>.</summary>
    public int RightValency(int h) => h < 0 ? 0 : _rightCount[h];

    /// <summary>Bit set of the relations of the left children of <paramref name="h"/>.</summary>
    public ulong LeftLabelSet(int h) => h < 0 ? 0 : _leftLabels[h];

    /// <summary>Bit set of the relations of the right children of <paramref name="h"/>.</summary>
    public ulong RightLabelSet(int h) => h < 0 ? 0 : _rightLabels[h];

    /// <summary>Relation id of <paramref name="i"/>, or -1.</summary>
    public int LabelOf(int i) => i < 0 ? -1 : _labels[i];

    private void Attach(int dependent, int head, int label)
    {
        _heads[dependent] = head;
        _labels[dependent] = label;
        ulong bit = 1UL << (label & 63);
        if (dependent < head)
        {
            _leftCount[head]++;
            _leftLabels[head] |= bit;
            if (_left1[head] < 0 || dependent < _left1[head])
            {
                _left2[head] = _left1[head];
                _left1[head] = dependent;
            }
            else if (_left2[head] < 0 || dependent < _left2[head])
            {
                _left2[head] = dependent;
            }
        }
        else
        {
            _rightCount[head]++;
            _rightLabels[head] |= bit;
            if (_right1[head] < 0 || dependent > _right1[head])
            {
                _right2[head] = _right1[head];
                _right1[head] = dependent;
            }
            else if (_right2[head] < 0 || dependent > _right2[head])
            {
                _right2[head] = dependent;
            }
        }
    }
}

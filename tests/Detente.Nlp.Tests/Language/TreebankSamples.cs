using Detente.Nlp.Language;

namespace Detente.Nlp.Tests.Language;

/// <summary>Small hand-written CoNLL-U sentences (invented, not from any treebank) for the language tests.</summary>
internal static class TreebankSamples
{
    public const string Text = """
        # sent_id = s1
        # text = Gondor signed the treaty.
        1	Gondor	Gondor	PROPN	NNP	_	2	nsubj	_	_
        2	signed	sign	VERB	VBD	_	0	root	_	_
        3	the	the	DET	DT	_	4	det	_	_
        4	treaty	treaty	NOUN	NN	_	2	obj	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	2	punct	_	_

        # sent_id = s2
        # text = The envoy of Arnor said that talks will resume.
        1	The	the	DET	DT	_	2	det	_	_
        2	envoy	envoy	NOUN	NN	_	5	nsubj	_	_
        3	of	of	ADP	IN	_	4	case	_	_
        4	Arnor	Arnor	PROPN	NNP	_	2	nmod	_	_
        5	said	say	VERB	VBD	_	0	root	_	_
        6	that	that	SCONJ	IN	_	9	mark	_	_
        7	talks	talk	NOUN	NNS	_	9	nsubj	_	_
        8	will	will	AUX	MD	_	9	aux	_	_
        9	resume	resume	VERB	VB	_	5	ccomp	_	SpaceAfter=No
        10	.	.	PUNCT	.	_	5	punct	_	_

        # sent_id = s3
        # text = Rohan and Gondor don't trust Mordor.
        1	Rohan	Rohan	PROPN	NNP	_	6	nsubj	_	_
        2	and	and	CCONJ	CC	_	3	cc	_	_
        3	Gondor	Gondor	PROPN	NNP	_	1	conj	_	_
        4-5	don't	_	_	_	_	_	_	_	_
        4	do	do	AUX	VBP	_	6	aux	_	_
        5	n't	not	PART	RB	_	6	advmod	_	_
        6	trust	trust	VERB	VB	_	0	root	_	_
        7	Mordor	Mordor	PROPN	NNP	_	6	obj	_	SpaceAfter=No
        7.1	x	x	X	X	_	_	_	_	_
        8	.	.	PUNCT	.	_	6	punct	_	_

        """;

    /// <summary>The sentences of <see cref="Text"/>.</summary>
    public static List<ConlluSentence> Read() => ConlluReader.Read(new StringReader(Text), "samples");
}

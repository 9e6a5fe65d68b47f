// Function words of Arabic and English, which a long pasted query is full of:
// highlighting them in results would mark half of every sentence.
import { normalizeKey } from '../text/normalize';

const WORDS = `
في من إلى الى على عن أن ان إن مع هذا هذه ذلك تلك التي الذي الذين اللذين اللتين كان كانت يكون تكون قد لقد لم لن لا ما
ماذا هو هي هم هما هن نحن أنا انت أنت أو او ثم بل كل بعض بين حتى عند منذ بعد قبل حول خلال ضد دون غير أي اي إذا اذا
لكن كما أيضا ايضا فقط وقد وفي ومن وعلى وإلى والى ولا وهو وهي وأن وان فإن فان أما اما وكان وكانت عليه عليها إليه فيه
فيها منه منها له لها لهم به بها يا ها لدى لدي تم وقال قال قالت إنه انه إنها انها التي
the a an and or of to in on at by for with from as is are was were be been being it its this that these those he she
they we you i but not no so than then there their his her our your which who whom what when where why how into over
after before about against between during without within also has have had do does did will would can could may
might must shall should said says
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean).map(normalizeKey));

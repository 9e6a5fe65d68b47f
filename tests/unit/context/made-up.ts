// Ambiguous sentences written for these tests (the real ones, from ../shared,
// are in tests/real/context-eval.test.ts): an acronym shared by unrelated
// bodies, a short treaty name shared by two treaties, initials that are also
// a name, a club named after a region, and the support that settles each.
import type { AmbiguousItem } from './ambiguous-score';

const ICC = 'international-criminal-court';
const TREATY = 'russia-north-korea-partnership-treaty';
const NK = 'north-korea';
const KARABAKH = 'nagorno-karabakh';

export const MADE_UP: AmbiguousItem[] = [
  {
    id: 'm01',
    text: 'The ICC prosecutor asked judges for an arrest warrant on Monday.',
    topics: [ICC],
    gold: [{ topic: ICC, surface: 'ICC' }],
  },
  {
    id: 'm02',
    text: 'The ICC issued the warrant in March, and its judges will meet again in The Hague.',
    topics: [ICC],
    gold: [{ topic: ICC, surface: 'ICC' }],
  },
  {
    id: 'm03',
    text: 'The ICC said it would rule next month.',
    head: 'ICC judges reject Israel appeal over war crimes probe',
    topics: [ICC],
    gold: [{ topic: ICC, surface: 'ICC' }],
  },
  {
    id: 'm04',
    text: 'The ICC confirmed the Champions Trophy schedule, with India playing Pakistan in Birmingham.',
    topics: [ICC],
    gold: [],
  },
  { id: 'm05', text: 'ICC rules on the size of cricket bats will change after the World Cup.', topics: [ICC], gold: [] },
  { id: 'm06', text: 'The ICC, the world business organisation, published new arbitration rules.', topics: [ICC], gold: [] },
  { id: 'm07', text: 'The ICC said the tour would go ahead despite the rain.', topics: [ICC], gold: [] },
  { id: 'm08', text: 'أعلنت الجنائية الدولية فتح تحقيق في جرائم حرب.', topics: [ICC], gold: [{ topic: ICC, surface: 'الجنائية الدولية' }] },
  { id: 'm09', text: 'عقد رئيس الشرطة الجنائية الدولية مؤتمراً صحفياً في ليون.', topics: [ICC], gold: [] },
  {
    id: 'm10',
    text: 'وقعت بيونغ يانغ وموسكو معاهدة الشراكة الاستراتيجية الشاملة في يونيو.',
    topics: [TREATY],
    gold: [{ topic: TREATY, surface: 'معاهدة الشراكة الاستراتيجية الشاملة' }],
  },
  {
    id: 'm11',
    text: 'North Korea says the Comprehensive Strategic Partnership Treaty obliges Russia to help it.',
    topics: [TREATY],
    gold: [{ topic: TREATY, surface: 'Comprehensive Strategic Partnership Treaty' }],
  },
  { id: 'm12', text: 'وقعت إيران وروسيا معاهدة الشراكة الاستراتيجية الشاملة في موسكو.', topics: [TREATY], gold: [] },
  { id: 'm13', text: 'Iran and Russia signed a Comprehensive Strategic Partnership Treaty in January.', topics: [TREATY], gold: [] },
  { id: 'm14', text: 'Seoul said N.K. fired two missiles into the sea on Sunday.', topics: [NK], gold: [{ topic: NK, surface: 'N.K.' }] },
  { id: 'm15', text: 'The novel by N.K. Jemisin won the Hugo Award.', topics: [NK], gold: [] },
  { id: 'm16', text: 'فاز قره باغ على ضيفه 2-1 في الدوري الأوروبي لكرة القدم.', topics: [KARABAKH], gold: [] },
  { id: 'm17', text: 'قال حارس مرمى قره باغ إن المباراة كانت صعبة.', topics: [KARABAKH], gold: [] },
  { id: 'm18', text: 'Karabakh beat Chelsea in the Champions League group stage.', topics: [KARABAKH], gold: [] },
  {
    id: 'm19',
    text: 'قصفت القوات الأذربيجانية مواقع في قره باغ ليلاً.',
    topics: [KARABAKH],
    gold: [{ topic: KARABAKH, surface: 'قره باغ' }],
  },
  {
    id: 'm20',
    text: 'اندلعت مباراة كلامية بين باكو ويريفان حول ناغورني قره باغ.',
    topics: [KARABAKH],
    gold: [{ topic: KARABAKH, surface: 'ناغورني قره باغ' }],
  },
  { id: 'm21', text: 'Karabakh FK fans filled the square in Baku after the win.', topics: [KARABAKH], gold: [] },
];

// A small names index written for the detector's unit tests, so they test
// behaviours and not whatever content/ happens to list today.

import type { NamesIndex, TopicKind, TopicName } from '../../../lib/knowledge/types';

/** A topic of the detector's tests: its names, aliases and exclude phrases, marked. */
export function topic(id: string, kind: TopicKind, ar: string, en: string, aliases: string[] = [], exclude: string[] = []): TopicName {
  return { id, kind, name: { ar, en }, aliases, exclude, marked: true };
}

export const FIXTURE_NAMES: NamesIndex = {
  version: 1,
  topics: [
    topic('russia', 'place', 'روسيا', 'Russia', ['روسيا الاتحادية'], ['روسيا البيضاء', 'روسيا اليوم']),
    topic('belarus', 'place', 'بيلاروس', 'Belarus'),
    topic('kursk', 'place', 'كورسك', 'Kursk'),
    topic('baku', 'place', 'باكو', 'Baku'),
    topic('kyiv', 'place', 'كييف', 'Kyiv', ['Kiev'], ['Dynamo Kiev']),
    topic('moscow', 'place', 'موسكو', 'Moscow', [], ['Lokomotiv Moscow']),
    topic('armenia', 'place', 'أرمينيا', 'Armenia'),
    topic('azerbaijan', 'place', 'أذربيجان', 'Azerbaijan'),
    topic('yerevan', 'place', 'يريفان', 'Yerevan'),
    topic('north-korea', 'place', 'كوريا الشمالية', 'North Korea'),
    topic('south-korea', 'place', 'كوريا الجنوبية', 'South Korea'),
    topic('pyongyang', 'place', 'بيونغ يانغ', 'Pyongyang'),
    topic('yemen', 'place', 'اليمن', 'Yemen'),
    topic('turkey', 'place', 'تركيا', 'Turkey'),
    topic('nagorno-karabakh', 'place', 'ناغورني قره باغ', 'Nagorno-Karabakh', ['قره باغ', 'ناغورنو كاراباخ', 'كاراباخ', 'Karabakh']),
    topic('lachin-corridor', 'place', 'ممر لاتشين', 'Lachin corridor', ['لاتشين']),
    topic('csto', 'organisation', 'منظمة معاهدة الأمن الجماعي', 'CSTO', ['Collective Security Treaty Organization']),
    topic('nikol-pashinyan', 'person', 'نيكول باشينيان', 'Nikol Pashinyan', ['باشينيان', 'Pashinyan']),
    topic('ilham-aliyev', 'person', 'إلهام علييف', 'Ilham Aliyev', ['علييف', 'Aliyev'], ['حيدر علييف']),
    topic('vladimir-putin', 'person', 'فلاديمير بوتين', 'Vladimir Putin', ['بوتين', 'Putin']),
    topic('dmitry-medvedev', 'person', 'دميتري مدفيديف', 'Dmitry Medvedev', ['مدفيديف', 'Medvedev']),
    topic('maria-zakharova', 'person', 'ماريا زاخاروفا', 'Maria Zakharova', ['زاخاروفا']),
    topic('valery-gerasimov', 'person', 'فاليري غيراسيموف', 'Valery Gerasimov', ['غيراسيموف']),
    topic('kim-jong-un', 'person', 'كيم جونغ أون', 'Kim Jong Un'),
    topic('charles-michel', 'person', 'شارل ميشال', 'Charles Michel'),
  ],
};

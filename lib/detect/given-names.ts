// Common given names, in the spellings Arabic and English news use. A surname
// alias right after one of these names someone else (دانييل ميدفيديف the
// tennis player, Louis Michel), so it is not a mention of the topic. The list
// only needs the frequent names; the index adds the first names of every
// person topic.

export const COMMON_GIVEN_NAMES: readonly string[] = [
  // Arabic-script spellings of international names
  'آدم', 'أدام', 'أليكسي', 'أليكسندر', 'ألكسندر', 'ألكساندر', 'أندريه', 'أندري', 'أندريا', 'أنطون', 'أنا', 'آنا',
  'أولغا', 'إيغور', 'إيفان', 'إيلينا', 'إيرينا', 'إيمانويل', 'إدوارد', 'بوريس', 'بيار', 'بيير', 'بيتر', 'بول',
  'توماس', 'تاتيانا', 'جان', 'جون', 'جورج', 'جيمس', 'جوزيف', 'دانييل', 'دانيال', 'داريا', 'دافيد', 'ديفيد',
  'روبرت', 'ريتشارد', 'رومان', 'سيرغي', 'سيرجي', 'سيرغيه', 'ستيفان', 'صوفيا', 'فرانسوا', 'فيكتور', 'فيكتوريا',
  'كريستينا', 'كارل', 'لويس', 'لوي', 'ليونيد', 'ماري', 'ماريا', 'مارك', 'مايكل', 'ميخائيل', 'ميشيل', 'ناتاليا',
  'نيكولاي', 'نيكولا', 'هنري', 'يلينا', 'يوري', 'يوليا', 'أوليغ', 'بافل', 'فاسيلي', 'غريغوري', 'كونستانتين',
  // Latin-script
  'Adam', 'Alexander', 'Alexei', 'Aleksandr', 'Andrei', 'Andrey', 'Anna', 'Boris', 'Charles', 'Daniel', 'Daniil',
  'David', 'Elena', 'Emmanuel', 'George', 'Igor', 'Ivan', 'James', 'Jean', 'John', 'Joseph', 'Louis', 'Maria',
  'Mark', 'Michael', 'Mikhail', 'Natalia', 'Nikolai', 'Oleg', 'Olga', 'Paul', 'Peter', 'Pierre', 'Richard',
  'Robert', 'Sergei', 'Sergey', 'Thomas', 'Victor', 'Victoria', 'Yuri', 'Yulia',
];

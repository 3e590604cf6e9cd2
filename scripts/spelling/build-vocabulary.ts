/** `npm run vocabulary`: writes shared/text/words/vocabulary-data.ts from its sources. */
import { writeFileSync } from 'node:fs';
import { countVocabulary, vocabularyModule } from './vocabulary-builder';
import { readVocabularySources, VOCABULARY_MODULE } from './vocabulary-sources';

const counts = countVocabulary(readVocabularySources());
const module = vocabularyModule(counts);
writeFileSync(VOCABULARY_MODULE, module);
console.log(
  `${counts.words.size} words, ${counts.pairs.size} known pairs, ${counts.syllables.size} syllables, ${counts.others.size} other words, ${counts.triples.size} three-syllable words: ${(Buffer.byteLength(module) / 1024).toFixed(0)} KB`,
);

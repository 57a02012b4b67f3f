# bash completion for news-index: its commands, each command's options and
# their values, files and folders. Installed as
# bash-completion/completions/news-index.

_news_index() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
  local commands="add sync inspect sources remove stats compact rebuild"
  local write="--db --lock-timeout --quiet --log-format --batch-size --retry-failed --jobs"
  local read="--max-file-size --map --no-entities --file-dates"
  local command="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
    --db) ((i++)) ;;
    -*) ;;
    *) command=${COMP_WORDS[i]}; break ;;
    esac
  done
  case $prev in
  --db) COMPREPLY=($(compgen -d -- "$cur")); return ;;
  --log-format) COMPREPLY=($(compgen -W "text json" -- "$cur")); return ;;
  --format | -f)
    if [[ $command == inspect ]]; then
      COMPREPLY=($(compgen -W "text jsonl" -- "$cur"))
    else
      COMPREPLY=($(compgen -W "text json" -- "$cur"))
    fi
    return ;;
  --map) COMPREPLY=($(compgen -W "id= title= body= date= url= source= author= dateline= language=" -- "$cur"))
    { compopt -o nospace 2>/dev/null || true; }; return ;;
  --lock-timeout | --batch-size | --jobs | -j | --max-file-size) return ;;
  esac
  local options
  case $command in
  "") options="--help --version --db"
    if [[ $cur != -* ]]; then COMPREPLY=($(compgen -W "$commands" -- "$cur")); return; fi ;;
  add) options="--help $write $read" ;;
  sync) options="--help --dry-run $write $read" ;;
  inspect) options="--help --format --explain $read --db" ;;
  sources) options="--help --db --failed --format" ;;
  stats) options="--help --db --format" ;;
  remove | compact | rebuild) options="--help $write" ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$options" -- "$cur"))
  elif [[ $command == add || $command == sync || $command == inspect || $command == remove ]]; then
    COMPREPLY=($(compgen -f -- "$cur"))
    { compopt -o filenames 2>/dev/null || true; }
  fi
  return 0
}
complete -F _news_index news-index
